package dev.reviewpanel.code.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTypescript;

/**
 * The nodes of a Python, JavaScript or TypeScript file that an agent's analyzers look at, in
 * document order (parents before children) and by type, collected by one native tree-sitter query
 * so that every analyzer shares them: each tree-sitter call crosses JNI, so a walk per analyzer, or
 * a walk over every node, costs most of the analysis time. Build a {@link Catalog} once per agent
 * and keep each file's index with {@link ParsedFile#derived}.
 */
public final class NodeIndex {

  private final Set<String> indexed;
  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<String, List<TSNode>> byType = new HashMap<>();

  private NodeIndex(Query query, TSNode root) {
    this.indexed = query.types();
    try (TSQueryCursor cursor = new TSQueryCursor()) {
      cursor.exec(query.query(), root);
      TSQueryMatch match = new TSQueryMatch();
      while (cursor.nextMatch(match)) {
        for (TSQueryCapture capture : match.getCaptures()) {
          TSNode node = capture.getNode();
          String type = node.getType();
          nodes.add(node);
          types.add(type);
          byType.computeIfAbsent(type, t -> new ArrayList<>()).add(node);
        }
      }
    }
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

    private final Map<Language, Query> queries = new EnumMap<>(Language.class);

    public Catalog(Set<String> pythonTypes, Set<String> scriptTypes) {
      Set<String> script = Set.copyOf(scriptTypes);
      queries.put(Language.PYTHON, new Query(new TreeSitterPython(), Set.copyOf(pythonTypes)));
      queries.put(Language.JAVASCRIPT, new Query(new TreeSitterJavascript(), script));
      queries.put(Language.TYPESCRIPT, new Query(new TreeSitterTypescript(), script));
    }

    /** Collects the file's nodes of the catalog's types (one query over the whole tree). */
    public NodeIndex collect(ParsedFile file) {
      Query query = queries.get(file.language());
      if (query == null) {
        throw new IllegalArgumentException("no tree-sitter grammar for " + file.language());
      }
      return new NodeIndex(query, file.syntaxTree().root());
    }
  }

  /** One query capturing every wanted type the grammar knows (the others it would reject). */
  private record Query(TSQuery query, Set<String> types) {
    Query(TSLanguage grammar, Set<String> wanted) {
      this(query(grammar, wanted), wanted);
    }

    private static TSQuery query(TSLanguage grammar, Set<String> wanted) {
      String alternatives =
          wanted.stream()
              .filter(type -> grammar.symbolForName(type, true) != 0)
              .sorted()
              .map(type -> "(" + type + ")")
              .collect(Collectors.joining(" "));
      return new TSQuery(grammar, "[" + alternatives + "] @node");
    }
  }
}
