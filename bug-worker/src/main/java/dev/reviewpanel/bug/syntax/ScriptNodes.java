package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.worker.analysis.Language;
import dev.reviewpanel.worker.analysis.ParsedFile;
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
 * The nodes of a Python, JavaScript or TypeScript file that the bug analyzers look at, in document
 * order (parents before children) and by type, collected once per file by one native tree-sitter
 * query and shared by every analyzer: each tree-sitter call crosses JNI, so a walk per analyzer, or
 * a walk over every node, cost most of the analysis time.
 */
public final class ScriptNodes {

  // The node types some analyzer asks for; a type missing here is a programming error.
  private static final Set<String> PYTHON_TYPES =
      Set.of(
          "assignment",
          "comparison_operator",
          "block",
          "module",
          "default_parameter",
          "typed_default_parameter",
          "class_definition",
          "call",
          "except_clause");
  private static final Set<String> SCRIPT_TYPES =
      Set.of(
          "statement_block",
          "program",
          "switch_case",
          "switch_default",
          "assignment_expression",
          "binary_expression",
          "function_declaration",
          "method_definition",
          "variable_declarator",
          "pair",
          "call_expression",
          "catch_clause");
  private static final Map<Language, Indexed> INDEXED = new EnumMap<>(Language.class);

  static {
    INDEXED.put(Language.PYTHON, new Indexed(new TreeSitterPython(), PYTHON_TYPES));
    INDEXED.put(Language.JAVASCRIPT, new Indexed(new TreeSitterJavascript(), SCRIPT_TYPES));
    INDEXED.put(Language.TYPESCRIPT, new Indexed(new TreeSitterTypescript(), SCRIPT_TYPES));
  }

  private final Set<String> indexed;
  private final List<TSNode> nodes = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final Map<String, List<TSNode>> byType = new HashMap<>();

  private ScriptNodes(Indexed index, TSNode root) {
    this.indexed = index.types();
    try (TSQueryCursor cursor = new TSQueryCursor()) {
      cursor.exec(index.query(), root);
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

  /** The file's nodes, collected on first use and then shared. */
  public static ScriptNodes of(ParsedFile file) {
    return file.derived(
        ScriptNodes.class, f -> new ScriptNodes(INDEXED.get(f.language()), f.syntaxTree().root()));
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

  private void requireIndexed(Set<String> wanted) {
    if (!PYTHON_TYPES.containsAll(wanted) && !SCRIPT_TYPES.containsAll(wanted)) {
      throw new IllegalArgumentException("node types not collected: " + wanted);
    }
  }

  /** One query capturing every wanted type the grammar knows (the others it would reject). */
  private record Indexed(TSQuery query, Set<String> types) {
    Indexed(TSLanguage grammar, Set<String> wanted) {
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
