package dev.reviewpanel.code.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSPoint;
import org.treesitter.TSSymbolType;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * A tree-sitter node whose shape (children, parent, type) is read once, right after the parse, and
 * then answered from Java. Every call on a plain {@link TSNode} crosses JNI twice (a null check,
 * then the call), and the binding looks up the node's fields by name on each crossing: reading a
 * file's nodes a few times over, as analyzers do, cost most of the analysis time. This node is a
 * {@code TSNode}, so analyzers keep their code; it also holds the native node's fields, so the
 * calls it does not answer itself (end byte, end point, errors, siblings) still go to the native
 * tree, and the first three are remembered.
 *
 * <p>Nodes are canonical within their tree: the same node is always the same object, so equality
 * (by node id, as {@code TSNode} defines it) and identity agree. The shape is immutable once built;
 * the remembered answers are computed at most a few times when threads race, always to the same
 * value.
 */
final class SyntaxNode extends TSNode {

  /** The null node: {@link #isNull()} is true and every other call throws, as for tree-sitter's. */
  static final TSNode NULL = new NullNode();

  private static final SyntaxNode[] NONE = new SyntaxNode[0];
  private static final Fields FIELDS = Fields.find();

  private final Shape shape;
  private final SyntaxNode parent;
  private final long id;
  private final int startByte;
  private final int startRow;
  private final int startColumn;
  private final int symbol;
  // the field this node fills in its parent, 0 for none
  private final int field;
  private SyntaxNode[] children = NONE;
  // remembered answers, each computed on first use (benign races: always the same value)
  private SyntaxNode[] named;
  private int endByte = -1;
  private TSPoint endPoint;
  // fields the native tree was asked for (none of the children holds them): id, node, ...
  private Object[] beyondChildren;
  private byte hasError;
  private byte missing;
  private byte extra;

  private SyntaxNode(Shape shape, TSNode raw, SyntaxNode parent, int field) {
    FIELDS.copy(raw, this);
    this.shape = shape;
    this.parent = parent;
    this.field = field;
    this.id = FIELDS.id(raw);
    this.startByte = FIELDS.context(raw, 0);
    this.startRow = FIELDS.context(raw, 1);
    this.startColumn = FIELDS.context(raw, 2);
    this.symbol = super.getSymbol();
  }

  /** True when plain tree-sitter nodes can be copied into these (the binding's fields readable). */
  static boolean available() {
    return FIELDS != null;
  }

  /**
   * Reads the whole tree under {@code tree}'s root with a cursor: its nodes in walk order (parents
   * before children), the root first. Moving the cursor and reading a child's field are cheap
   * native calls (they pass a pointer); two per node are not (the node, its symbol).
   */
  static List<SyntaxNode> read(TSTree tree, Grammar grammar) {
    Shape shape = new Shape(grammar);
    TSNode rawRoot = tree.getRootNode();
    SyntaxNode root = new SyntaxNode(shape, rawRoot, null, 0);
    shape.nodes.add(root);
    Deque<List<SyntaxNode>> siblings = new ArrayDeque<>();
    try (TSTreeCursor cursor = new TSTreeCursor(rawRoot)) {
      SyntaxNode node = root;
      while (true) {
        if (cursor.gotoFirstChild()) {
          List<SyntaxNode> children = new ArrayList<>();
          siblings.push(children);
          node = new SyntaxNode(shape, cursor.currentNode(), node, cursor.currentFieldId());
          children.add(node);
          shape.nodes.add(node);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return shape.nodes;
          }
          node = node.parent;
          node.children = siblings.pop().toArray(NONE);
        }
        node = new SyntaxNode(shape, cursor.currentNode(), node.parent, cursor.currentFieldId());
        siblings.peek().add(node);
        shape.nodes.add(node);
      }
    }
  }

  @Override
  public boolean isNull() {
    return false;
  }

  @Override
  public String getType() {
    String type = shape.grammar.name(symbol);
    return type != null ? type : super.getType();
  }

  @Override
  public int getSymbol() {
    return symbol;
  }

  @Override
  public boolean isNamed() {
    int named = shape.grammar.named(symbol);
    return named >= 0 ? named == 1 : super.isNamed();
  }

  @Override
  public boolean isError() {
    return symbol == Grammar.ERROR_SYMBOL;
  }

  @Override
  public boolean hasError() {
    byte known = hasError;
    if (known == 0) {
      known = super.hasError() ? (byte) 1 : (byte) -1;
      hasError = known;
    }
    return known == 1;
  }

  @Override
  public boolean isMissing() {
    byte known = missing;
    if (known == 0) {
      known = super.isMissing() ? (byte) 1 : (byte) -1;
      missing = known;
    }
    return known == 1;
  }

  @Override
  public boolean isExtra() {
    byte known = extra;
    if (known == 0) {
      known = super.isExtra() ? (byte) 1 : (byte) -1;
      extra = known;
    }
    return known == 1;
  }

  @Override
  public int getStartByte() {
    return startByte;
  }

  @Override
  public int getEndByte() {
    int known = endByte;
    if (known < 0) {
      known = super.getEndByte();
      endByte = known;
    }
    return known;
  }

  @Override
  public TSPoint getStartPoint() {
    return new TSPoint(startRow, startColumn);
  }

  @Override
  public TSPoint getEndPoint() {
    TSPoint known = endPoint;
    if (known == null) {
      known = super.getEndPoint();
      endPoint = known;
    }
    return new TSPoint(known.getRow(), known.getColumn());
  }

  @Override
  public TSNode getParent() {
    return parent == null ? NULL : parent;
  }

  @Override
  public int getChildCount() {
    return children.length;
  }

  @Override
  public TSNode getChild(int i) {
    return i >= 0 && i < children.length ? children[i] : NULL;
  }

  @Override
  public int getNamedChildCount() {
    return named().length;
  }

  @Override
  public TSNode getNamedChild(int i) {
    SyntaxNode[] all = named();
    return i >= 0 && i < all.length ? all[i] : NULL;
  }

  private SyntaxNode[] named() {
    SyntaxNode[] known = named;
    if (known == null) {
      int count = 0;
      for (SyntaxNode child : children) {
        count += child.isNamed() ? 1 : 0;
      }
      known = count == children.length ? children : new SyntaxNode[count];
      if (known != children) {
        int next = 0;
        for (SyntaxNode child : children) {
          if (child.isNamed()) {
            known[next++] = child;
          }
        }
      }
      named = known;
    }
    return known;
  }

  // Siblings are asked of the native tree: its answers around zero-width (missing) nodes differ
  // from the neighbours in the child list, and analyzers rarely ask.
  @Override
  public TSNode getNextSibling() {
    return canonical(super.getNextSibling());
  }

  @Override
  public TSNode getPrevSibling() {
    return canonical(super.getPrevSibling());
  }

  @Override
  public TSNode getNextNamedSibling() {
    return canonical(super.getNextNamedSibling());
  }

  @Override
  public TSNode getPrevNamedSibling() {
    return canonical(super.getPrevNamedSibling());
  }

  /**
   * The child in the field {@code name}, as tree-sitter answers it, or the null node: the first
   * child the cursor saw in that field; when there is none, the native tree is asked once (it also
   * finds fields that a child's own production holds, as in TypeScript's {@code typeof f<T>}) and
   * its answer remembered.
   */
  @Override
  public TSNode getChildByFieldName(String name) {
    int wanted = shape.grammar.field(name);
    if (wanted <= 0 || children.length == 0) {
      return NULL;
    }
    for (SyntaxNode child : children) {
      if (child.field == wanted) {
        return child;
      }
    }
    Object[] known = beyondChildren;
    if (known != null) {
      for (int i = 0; i < known.length; i += 2) {
        if ((Integer) known[i] == wanted) {
          return (TSNode) known[i + 1];
        }
      }
    }
    TSNode found = canonical(super.getChildByFieldName(name));
    Object[] grown = known == null ? new Object[2] : Arrays.copyOf(known, known.length + 2);
    grown[grown.length - 2] = wanted;
    grown[grown.length - 1] = found;
    beyondChildren = grown;
    return found;
  }

  @Override
  public TSNode getChildByFieldId(int fieldId) {
    return canonical(super.getChildByFieldId(fieldId));
  }

  @Override
  public TSNode getChildWithDescendant(TSNode descendant) {
    return canonical(super.getChildWithDescendant(descendant));
  }

  @Override
  public TSNode getFirstChildForByte(int offset) {
    return canonical(super.getFirstChildForByte(offset));
  }

  @Override
  public TSNode getFirstNamedChildForByte(int offset) {
    return canonical(super.getFirstNamedChildForByte(offset));
  }

  @Override
  public TSNode getDescendantForByteRange(int start, int end) {
    return canonical(super.getDescendantForByteRange(start, end));
  }

  @Override
  public TSNode getDescendantForPointRange(TSPoint start, TSPoint end) {
    return canonical(super.getDescendantForPointRange(start, end));
  }

  @Override
  public TSNode getNamedDescendantForByteRange(int start, int end) {
    return canonical(super.getNamedDescendantForByteRange(start, end));
  }

  @Override
  public TSNode getNamedDescendantForPointRange(TSPoint start, TSPoint end) {
    return canonical(super.getNamedDescendantForPointRange(start, end));
  }

  // A node the native tree handed back: this tree's object for it (children and parent first,
  // they are the usual answers), or the null node.
  private TSNode canonical(TSNode raw) {
    long wanted = FIELDS.id(raw);
    if (wanted == 0) {
      return NULL;
    }
    for (SyntaxNode child : children) {
      if (child.id == wanted) {
        return child;
      }
      for (SyntaxNode grandchild : child.children) {
        if (grandchild.id == wanted) {
          return grandchild;
        }
      }
    }
    if (parent != null) {
      for (SyntaxNode sibling : parent.children) {
        if (sibling.id == wanted) {
          return sibling;
        }
      }
    }
    SyntaxNode known = shape.byId().get(wanted);
    return known != null ? known : raw;
  }

  /** The nodes of one tree, and what they share. */
  private static final class Shape {
    final Grammar grammar;
    final List<SyntaxNode> nodes = new ArrayList<>();
    private volatile Map<Long, SyntaxNode> byId;

    Shape(Grammar grammar) {
      this.grammar = grammar;
    }

    Map<Long, SyntaxNode> byId() {
      Map<Long, SyntaxNode> known = byId;
      if (known == null) {
        known = new HashMap<>(nodes.size() * 2);
        for (SyntaxNode node : nodes) {
          known.putIfAbsent(node.id, node);
        }
        byId = known;
      }
      return known;
    }
  }

  /**
   * A grammar's node types and whether each is named, by symbol, read from the grammar once. A
   * symbol outside the table (the error symbol) is asked of the native node.
   */
  static final class Grammar {

    static final int ERROR_SYMBOL = 0xFFFF;

    private final String[] names;
    private final byte[] named;
    private final Map<String, Integer> fields = new HashMap<>();

    Grammar(TSLanguage language) {
      for (int field = 1; field <= language.fieldCount(); field++) {
        fields.put(language.fieldNameForId(field), field);
      }
      int count = language.symbolCount();
      names = new String[count];
      named = new byte[count];
      for (int symbol = 0; symbol < count; symbol++) {
        names[symbol] = language.symbolName(symbol);
        named[symbol] =
            language.symbolType(symbol) == TSSymbolType.TSSymbolTypeRegular ? (byte) 1 : (byte) 0;
      }
    }

    int field(String name) {
      Integer id = fields.get(name);
      return id == null ? 0 : id;
    }

    String name(int symbol) {
      return symbol >= 0 && symbol < names.length ? names[symbol] : null;
    }

    int named(int symbol) {
      return symbol >= 0 && symbol < named.length ? named[symbol] : -1;
    }
  }

  /** tree-sitter's null node, answered without crossing into native code. */
  private static final class NullNode extends TSNode {
    @Override
    public boolean isNull() {
      return true;
    }
  }

  /** The binding's private fields of {@code TSNode}, copied so that native calls see this node. */
  private record Fields(
      VarHandle context0,
      VarHandle context1,
      VarHandle context2,
      VarHandle context3,
      VarHandle idPtr,
      VarHandle treePtr,
      VarHandle tree) {

    static Fields find() {
      try {
        MethodHandles.Lookup lookup =
            MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup());
        return new Fields(
            lookup.findVarHandle(TSNode.class, "context0", int.class),
            lookup.findVarHandle(TSNode.class, "context1", int.class),
            lookup.findVarHandle(TSNode.class, "context2", int.class),
            lookup.findVarHandle(TSNode.class, "context3", int.class),
            lookup.findVarHandle(TSNode.class, "idPtr", long.class),
            lookup.findVarHandle(TSNode.class, "treePtr", long.class),
            lookup.findVarHandle(TSNode.class, "tree", TSTree.class));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    void copy(TSNode from, TSNode to) {
      context0.set(to, (int) context0.get(from));
      context1.set(to, (int) context1.get(from));
      context2.set(to, (int) context2.get(from));
      context3.set(to, (int) context3.get(from));
      idPtr.set(to, (long) idPtr.get(from));
      treePtr.set(to, (long) treePtr.get(from));
      tree.set(to, (TSTree) tree.get(from));
    }

    long id(TSNode node) {
      return (long) idPtr.get(node);
    }

    int context(TSNode node, int which) {
      return switch (which) {
        case 0 -> (int) context0.get(node);
        case 1 -> (int) context1.get(node);
        case 2 -> (int) context2.get(node);
        default -> (int) context3.get(node);
      };
    }
  }
}
