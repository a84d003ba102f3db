package dev.reviewpanel.bug.syntax;

import dev.reviewpanel.code.analysis.NodeIndex;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.Set;

/**
 * The tree-sitter node types the bug analyzers read, collected once per file into a {@link
 * NodeIndex} that all of them share.
 */
public final class ScriptNodes {

  // The node types some analyzer asks for; a type missing here is a programming error.
  private static final NodeIndex.Catalog CATALOG =
      new NodeIndex.Catalog(
          Set.of(
              "assignment",
              "comparison_operator",
              "block",
              "module",
              "default_parameter",
              "typed_default_parameter",
              "class_definition",
              "call",
              "except_clause"),
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
              "catch_clause"));

  private ScriptNodes() {}

  /** The file's nodes, collected on first use and then shared by the bug analyzers. */
  public static NodeIndex of(ParsedFile file) {
    return file.derived(Held.class, f -> new Held(CATALOG.collect(f))).index();
  }

  // The memo key: another agent's index of the same file holds other node types.
  private record Held(NodeIndex index) {}
}
