package dev.reviewpanel.security.syntax;

import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * The nodes of a tree-sitter subtree in {@link SyntaxTree#walk} order (parents before children),
 * each with its type, read once: every tree-sitter call crosses JNI and costs microseconds, so an a
 * file is walked once with a cursor and every analyzer reuses this list instead of walking again.
 */
public final class TreeNodes {

  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<Class<?>, Object> facts = new HashMap<>();

  private TreeNodes(TSNode root) {
    try (TSTreeCursor cursor = new TSTreeCursor(root)) {
      while (true) {
        TSNode node = cursor.currentNode();
        nodes.add(node);
        types.add(node.getType());
        if (cursor.gotoFirstChild()) {
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) {
            return;
          }
        }
      }
    }
  }

  /** Every node of the file's syntax tree, read once per file and shared by all its analyzers. */
  public static TreeNodes of(ParsedFile file) {
    return file.derived(TreeNodes.class, f -> new TreeNodes(f.syntaxTree().root()));
  }

  /** {@code root} and its descendants. */
  public static TreeNodes of(TSNode root) {
    return new TreeNodes(root);
  }

  /**
   * The fact of type {@code kind} about this file, computed on first use and then shared: only for
   * facts that never change once built.
   */
  public <T> T fact(Class<T> kind, Function<TreeNodes, T> compute) {
    synchronized (facts) {
      Object known = facts.get(kind);
      if (known == null) {
        known = compute.apply(this);
        facts.put(kind, known);
      }
      return kind.cast(known);
    }
  }

  /** How many nodes there are. */
  public int size() {
    return nodes.size();
  }

  /** The {@code index}-th node in walk order. */
  public TSNode node(int index) {
    return nodes.get(index);
  }

  /** The type of the {@code index}-th node. */
  public String type(int index) {
    return types.get(index);
  }

  /** Visits every node with its type, in walk order. */
  public void forEach(BiConsumer<TSNode, String> visitor) {
    for (int i = 0; i < nodes.size(); i++) {
      visitor.accept(nodes.get(i), types.get(i));
    }
  }
}
