package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.treesitter.TSNode;

/**
 * The kind of value a local or parameter holds by what its enclosing function shows: a TypeScript
 * annotation ({@code flag: boolean}, {@code let n: number}), or every value the function assigns to
 * it being of one evident kind ({@code let found = false; ... found = true}). Null when the code
 * does not show it: no declaration in the function, a union type, values of other or unknown kinds,
 * or a compound assignment ({@code s += x}).
 */
final class DeclaredKinds {

  // the node types that open a function scope (the program is the outermost)
  static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "arrow_function",
          "method_definition",
          "generator_function_declaration",
          "program");

  private static final Set<String> PARAMETERS = Set.of("required_parameter", "optional_parameter");

  private static final Set<String> TYPES = Set.of("boolean", "number", "string");

  private DeclaredKinds() {}

  /**
   * The declared {@code boolean}, {@code number} or {@code string} of {@code name}, or null.
   *
   * @param kindOf the evident kind of an assigned value ("boolean", "number", "string"...)
   */
  static String of(SyntaxTree tree, TSNode use, String name, Function<TSNode, String> kindOf) {
    TSNode scope = use;
    while (scope.getParent() != null
        && !scope.getParent().isNull()
        && !FUNCTIONS.contains(scope.getType())) {
      scope = scope.getParent();
    }
    Set<String> annotated = new HashSet<>();
    List<TSNode> values = new ArrayList<>();
    boolean[] unknown = {false};
    SyntaxTree.walk(
        scope,
        node -> {
          String type = node.getType();
          if (PARAMETERS.contains(type)
              && name.equals(tree.text(node.getChildByFieldName("pattern")))) {
            annotated.add(annotation(tree, node));
          } else if (type.equals("variable_declarator")
              && name.equals(tree.text(node.getChildByFieldName("name")))) {
            TSNode value = node.getChildByFieldName("value");
            if (!node.getChildByFieldName("type").isNull()) {
              annotated.add(annotation(tree, node));
            } else if (value.isNull()) {
              unknown[0] = true;
            } else {
              values.add(value);
            }
          } else if (type.equals("assignment_expression")
              && name.equals(tree.text(node.getChildByFieldName("left")))) {
            values.add(node.getChildByFieldName("right"));
          } else if (type.equals("augmented_assignment_expression")
              && name.equals(tree.text(node.getChildByFieldName("left")))) {
            unknown[0] = true;
          }
        });
    if (!annotated.isEmpty()) {
      return annotated.size() == 1 && TYPES.containsAll(annotated)
          ? annotated.iterator().next()
          : null;
    }
    if (unknown[0] || values.isEmpty()) {
      return null;
    }
    Set<String> kinds = new HashSet<>();
    values.forEach(value -> kinds.add(kindOf.apply(value)));
    return kinds.size() == 1 && TYPES.containsAll(kinds) ? kinds.iterator().next() : null;
  }

  // ": boolean" -> "boolean"; a parameter without a type -> "" (not a declared kind)
  private static String annotation(SyntaxTree tree, TSNode declaration) {
    TSNode type = declaration.getChildByFieldName("type");
    return type.isNull() ? "" : tree.text(type).replaceFirst("^:\\s*", "").trim();
  }
}
