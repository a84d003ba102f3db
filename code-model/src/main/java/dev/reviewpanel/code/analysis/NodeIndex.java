package dev.reviewpanel.code.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.treesitter.TSNode;

/**
 * The nodes of a Python, JavaScript or TypeScript file that an agent's analyzers look at, in
 * document order (parents before children) and by type, collected in one pass over the tree's nodes
 * (read once at parse, see {@link SyntaxTree#forEachNode}) so that every analyzer shares them.
 * Build a {@link Catalog} once per agent and keep each file's index with {@link
 * ParsedFile#derived}.
 */
public final class NodeIndex {

  private final Set<String> indexed;
  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<String, List<TSNode>> byType = new HashMap<>();

  private NodeIndex(Set<String> wanted, SyntaxTree tree) {
    this.indexed = wanted;
    tree.forEachNode(
        node -> {
          String type = node.getType();
          if (wanted.contains(type) && node.isNamed()) {
            nodes.add(node);
            types.add(type);
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(node);
          }
        });
  }

  /** The nodes of type {@code type}, in document order. */
  public List<TSNode> ofType(String type) {
    requireIndexed(Set.of(type));
    return byType.getOrDefault(type, List.of());
  }

  /** Visits every node whose type is one of {@code wanted}, with its type, in document order. */
  public void forEach(Set<String> wanted, BiConsumer<TSNode, String> visitor) {
    requireIndexed(wanted);
    for (int i = 0; i < nodes.size(); i++) {
      String type = types.get(i);
      if (wanted.contains(type)) {
        visitor.accept(nodes.get(i), type);
      }
    }
  }

  // Asking for a type the catalog does not collect is a programming error, not an empty answer.
  private void requireIndexed(Set<String> wanted) {
    if (!indexed.containsAll(wanted)) {
      throw new IllegalArgumentException("node types not collected: " + wanted);
    }
  }

  /** The node types one agent's analyzers read: Python's, and JavaScript's and TypeScript's. */
  public static final class Catalog {

    private final Map<Language, Set<String>> types = new EnumMap<>(Language.class);

    public Catalog(Set<String> pythonTypes, Set<String> scriptTypes) {
      Set<String> script = Set.copyOf(scriptTypes);
      types.put(Language.PYTHON, Set.copyOf(pythonTypes));
      types.put(Language.JAVASCRIPT, script);
      types.put(Language.TYPESCRIPT, script);
    }

    /** Collects the file's named nodes of the catalog's types (one pass over the read tree). */
    public NodeIndex collect(ParsedFile file) {
      Set<String> wanted = types.get(file.language());
      if (wanted == null) {
        throw new IllegalArgumentException("no tree-sitter grammar for " + file.language());
      }
      return new NodeIndex(wanted, file.syntaxTree());
    }
  }
}
