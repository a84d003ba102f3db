package dev.reviewpanel.code.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** A tree-sitter syntax tree with the source it was parsed from, for Python, JavaScript and TS. */
public final class SyntaxTree {

  // one table per grammar, read on first use: node types by symbol
  private static final Map<Class<?>, SyntaxNode.Grammar> GRAMMARS = new ConcurrentHashMap<>();

  private final TSTree tree;
  private final byte[] utf8;
  // every node in walk order, the root first; empty when nodes are the binding's own
  private final List<SyntaxNode> nodes;

  private SyntaxTree(TSTree tree, byte[] utf8, List<SyntaxNode> nodes) {
    this.tree = tree;
    this.utf8 = utf8;
    this.nodes = nodes;
  }

  static SyntaxTree parse(Language language, String content) {
    return parse(grammar(language), content);
  }

  /**
   * A {@code .tsx} file, read with tree-sitter's TSX grammar: TypeScript with JSX markup. The plain
   * TypeScript grammar reads {@code <div>} as a type assertion and fails on markup.
   */
  static SyntaxTree parseTsx(String content) {
    return parse(new TreeSitterTsx(), content);
  }

  private static SyntaxTree parse(TSLanguage grammar, String content) {
    TSParser parser = new TSParser();
    parser.setLanguage(grammar);
    TSTree tree = parser.parseString(null, content);
    List<SyntaxNode> nodes =
        SyntaxNode.available()
            ? SyntaxNode.read(
                tree,
                GRAMMARS.computeIfAbsent(grammar.getClass(), k -> new SyntaxNode.Grammar(grammar)))
            : List.of();
    return new SyntaxTree(tree, content.getBytes(StandardCharsets.UTF_8), nodes);
  }

  private static TSLanguage grammar(Language language) {
    return switch (language) {
      case PYTHON -> new TreeSitterPython();
      case JAVASCRIPT -> new TreeSitterJavascript();
      case TYPESCRIPT -> new TreeSitterTypescript();
      case JAVA -> throw new IllegalArgumentException("Java is parsed with JavaParser");
      case PROPERTIES, YAML, HTML, EJS, HANDLEBARS, PUG, JSP, XML ->
          throw new IllegalArgumentException(language.id() + " files are read as lines");
    };
  }

  /** The 1-based line of the first syntax error or missing token, or 0 when the tree has none. */
  public int firstErrorLine() {
    if (!root().hasError()) {
      return 0;
    }
    Budget budget = Budget.current();
    Deque<TSNode> stack = new ArrayDeque<>();
    stack.push(root());
    while (!stack.isEmpty()) {
      budget.checkpoint();
      TSNode node = stack.pop();
      if (node.isError() || node.isMissing()) {
        return startLine(node);
      }
      // only subtrees that hold an error are entered, first child first
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        TSNode child = node.getChild(i);
        if (child.hasError()) {
          stack.push(child);
        }
      }
    }
    return startLine(root());
  }

  public TSNode root() {
    return nodes.isEmpty() ? tree.getRootNode() : nodes.get(0);
  }

  /**
   * Visits every node of the tree, parents before children, as {@link #walk} does, without asking
   * the native tree (the nodes were read once, when the file was parsed).
   */
  public void forEachNode(Consumer<TSNode> visitor) {
    if (nodes.isEmpty()) {
      walk(visitor);
      return;
    }
    Budget budget = Budget.current();
    for (SyntaxNode node : nodes) {
      budget.checkpoint();
      visitor.accept(node);
    }
  }

  /** The source text a node spans. */
  public String text(TSNode node) {
    int start = Math.max(0, Math.min(node.getStartByte(), utf8.length));
    int end = Math.max(start, Math.min(node.getEndByte(), utf8.length));
    return new String(utf8, start, end - start, StandardCharsets.UTF_8);
  }

  /** 1-based first line of a node. */
  public static int startLine(TSNode node) {
    return node.getStartPoint().getRow() + 1;
  }

  /** 1-based last line of a node. */
  public static int endLine(TSNode node) {
    return node.getEndPoint().getRow() + 1;
  }

  /** Visits every node, parents before children, without recursion (deep trees are safe). */
  public void walk(Consumer<TSNode> visitor) {
    walk(root(), visitor);
  }

  /**
   * Visits {@code from} and its descendants, parents before children, without recursion. Polls the
   * running analyzer's {@link Budget}, so a walk over a huge tree stops at the deadline.
   */
  public static void walk(TSNode from, Consumer<TSNode> visitor) {
    Budget budget = Budget.current();
    Deque<TSNode> stack = new ArrayDeque<>();
    stack.push(from);
    while (!stack.isEmpty()) {
      budget.checkpoint();
      TSNode node = stack.pop();
      visitor.accept(node);
      for (int i = node.getChildCount() - 1; i >= 0; i--) {
        stack.push(node.getChild(i));
      }
    }
  }
}
