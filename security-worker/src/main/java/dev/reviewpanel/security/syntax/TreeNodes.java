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

/**
 * The nodes of a tree-sitter subtree in {@link SyntaxTree#walk} order (parents before children),
 * each with its type, listed once per file and reused by every analyzer.
 */
public final class TreeNodes {

  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<Class<?>, Object> facts = new HashMap<>();

  private TreeNodes(TSNode root) {
    SyntaxTree.walk(root, this::add);
  }

  private TreeNodes(SyntaxTree tree) {
    tree.forEachNode(this::add);
  }

  private void add(TSNode node) {
    nodes.add(node);
    types.add(node.getType());
  }

  /** Every node of the file's syntax tree, read once per file and shared by all its analyzers. */
  public static TreeNodes of(ParsedFile file) {
    return file.derived(TreeNodes.class, f -> new TreeNodes(f.syntaxTree()));
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
