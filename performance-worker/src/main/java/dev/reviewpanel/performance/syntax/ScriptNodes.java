package dev.reviewpanel.performance.syntax;

import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.Set;

/**
 * The tree-sitter node types the performance analyzers read, collected once per file into a {@link
 * NodeIndex} that all of them share.
 */
public final class ScriptNodes {

  // The node types some analyzer asks for; a type missing here is a programming error.
  private static final NodeIndex.Catalog CATALOG =
      new NodeIndex.Catalog(
          Set.of(
              "call",
              "assignment",
              "augmented_assignment",
              "comparison_operator",
              "for_statement",
              "for_in_clause",
              "function_definition"),
          Set.of(
              "variable_declarator",
              "required_parameter",
              "optional_parameter",
              "call_expression",
              "await_expression",
              "new_expression",
              "augmented_assignment_expression",
              "assignment_expression",
              "for_in_statement",
              "for_statement",
              "function_declaration",
              "function_expression",
              "function",
              "arrow_function",
              "method_definition",
              "class_declaration"));

  private ScriptNodes() {}

  /** The file's nodes, collected on first use and then shared by the performance analyzers. */
  public static NodeIndex of(ParsedFile file) {
    return file.derived(Held.class, f -> new Held(CATALOG.collect(f))).index();
  }

  // The memo key: another agent's index of the same file holds other node types.
  private record Held(NodeIndex index) {}
}
