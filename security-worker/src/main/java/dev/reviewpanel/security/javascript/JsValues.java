package dev.reviewpanel.security.javascript;

import dev.reviewpanel.security.syntax.TreeNodes;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Flow-insensitive value facts for one JavaScript/TypeScript file: which expressions are constants
 * and which are strings built from non-constant data, following names to everything assigned to
 * them in the same function (or the module).
 */
final class JsValues {

  // Following a name costs more than descending into a node: few hops (cycles end quickly), but
  // deep expressions such as a long chain of constant concatenations still fold.
  private static final int NAME_HOP = 100;
  private static final int MAX_DEPTH = 1000;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> LITERALS =
      Set.of("string", "number", "true", "false", "null", "undefined", "regex");
  private static final Set<String> WRAPPERS =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression");
  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition",
          "generator_function_declaration");

  private final SyntaxTree tree;
  private final Map<String, List<TSNode>> assigned = new HashMap<>();
  private final Set<String> parameters = new HashSet<>();

  /** The values of a file, indexed once and shared by its analyzers (they never change). */
  static JsValues of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(JsValues.class, n -> new JsValues(tree, n));
  }

  JsValues(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    nodes.forEach(this::index);
  }

  private void index(TSNode node, String type) {
    switch (type) {
      case "variable_declarator" ->
          remember(node.getChildByFieldName("name"), node.getChildByFieldName("value"));
      case "assignment_expression" ->
          remember(node.getChildByFieldName("left"), node.getChildByFieldName("right"));
      // "x += y" is remembered whole: its value is x joined with y.
      case "augmented_assignment_expression" -> remember(node.getChildByFieldName("left"), node);
      case "formal_parameters" ->
          TreeNodes.of(node)
              .forEach(
                  (n, t) -> {
                    if (t.equals("identifier")) {
                      parameters.add(key(n, tree.text(n)));
                    }
                  });
      default -> {}
    }
  }

  private void remember(TSNode name, TSNode value) {
    if (!name.isNull() && !value.isNull() && name.getType().equals("identifier")) {
      assigned.computeIfAbsent(key(name, tree.text(name)), k -> new ArrayList<>()).add(value);
    }
  }

  boolean isConstant(TSNode node) {
    return isConstant(node, n -> false, 0);
  }

  /** True when every non-constant part of {@code node} is a value {@code trusted} accepts. */
  boolean isConstantOr(TSNode node, Predicate<TSNode> trusted) {
    return isConstant(node, trusted, 0);
  }

  /** True for a string assembled from at least one non-constant part. */
  boolean isBuilt(TSNode node) {
    return isBuilt(node, 0);
  }

  /** Every value assigned to the name {@code identifier} in its scope. */
  List<TSNode> valuesOf(TSNode identifier) {
    String name = tree.text(identifier);
    String key = key(identifier, name);
    List<TSNode> local = assigned.get(key);
    if (local != null || parameters.contains(key)) {
      return local == null ? List.of() : local;
    }
    return assigned.getOrDefault("module:" + name, List.of());
  }

  private boolean isConstant(TSNode node, Predicate<TSNode> trusted, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    if (trusted.test(node) || LITERALS.contains(node.getType())) {
      return true;
    }
    return switch (node.getType()) {
      case "template_string", "binary_expression", "array" -> allParts(node, trusted, depth);
      case "ternary_expression" ->
          isConstant(node.getChildByFieldName("consequence"), trusted, depth + 1)
              && isConstant(node.getChildByFieldName("alternative"), trusted, depth + 1);
      case "template_substitution" -> allParts(node, trusted, depth);
      case "augmented_assignment_expression" ->
          isConstant(node.getChildByFieldName("right"), trusted, depth + 1);
      case "identifier" -> namesConstant(node, trusted, depth);
      default -> WRAPPERS.contains(node.getType()) && allParts(node, trusted, depth);
    };
  }

  private boolean isBuilt(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    return switch (node.getType()) {
      case "template_string", "binary_expression", "augmented_assignment_expression" ->
          !isConstant(node, n -> false, depth + 1);
      case "identifier" -> valuesOf(node).stream().anyMatch(v -> isBuilt(v, depth + NAME_HOP));
      case "call_expression" ->
          JsCall.of(node, "call_expression", tree)
              .filter(
                  c ->
                      c.name().equals("concat")
                          || c.name().equals("join")
                          || c.name().equals("format"))
              .map(c -> !allParts(node.getChildByFieldName("arguments"), n -> false, depth))
              .orElse(false);
      default ->
          WRAPPERS.contains(node.getType())
              && node.getNamedChildCount() > 0
              && isBuilt(node.getNamedChild(0), depth + 1);
    };
  }

  private boolean namesConstant(TSNode node, Predicate<TSNode> trusted, int depth) {
    List<TSNode> values = valuesOf(node);
    if (values.isEmpty()) {
      String name = tree.text(node);
      return !parameters.contains(key(node, name)) && CONSTANT_NAME.matcher(name).matches();
    }
    return values.stream().allMatch(v -> isConstant(v, trusted, depth + NAME_HOP));
  }

  private boolean allParts(TSNode node, Predicate<TSNode> trusted, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      String type = child.getType();
      boolean skip =
          type.equals("comment")
              || type.equals("string_fragment")
              || type.equals("escape_sequence")
              || type.equals("type_annotation")
              || type.endsWith("_type")
              || type.equals("type_identifier");
      if (!skip && !isConstant(child, trusted, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // Names are scoped to the innermost enclosing function, else the module.
  String key(TSNode node, String name) {
    TSNode current = node.getParent();
    while (!current.isNull()) {
      if (FUNCTIONS.contains(current.getType())) {
        return current.getStartByte() + ":" + name;
      }
      current = current.getParent();
    }
    return "module:" + name;
  }
}
