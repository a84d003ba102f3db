package dev.reviewpanel.security.python;

import dev.reviewpanel.security.syntax.TreeNodes;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Flow-insensitive value facts for one Python file: which expressions are constants and which are
 * strings built from non-constant data, following local names to everything assigned to them in the
 * same function (or module).
 */
final class PythonValues {

  // Following a name costs more than descending into a node: few hops (cycles end quickly), but
  // deep expressions such as a long chain of constant concatenations still fold.
  private static final int NAME_HOP = 100;
  private static final int MAX_DEPTH = 1000;
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> LITERALS =
      Set.of("integer", "float", "true", "false", "none", "ellipsis");

  private final SyntaxTree tree;
  private final Map<String, List<TSNode>> assigned = new HashMap<>();
  private final Set<String> parameters = new HashSet<>();

  /** The values of a file, indexed once and shared by its analyzers (they never change). */
  static PythonValues of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(PythonValues.class, n -> new PythonValues(tree, n));
  }

  PythonValues(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    nodes.forEach(this::index);
  }

  private void index(TSNode node, String type) {
    if (type.equals("assignment") || type.equals("augmented_assignment")) {
      TSNode left = node.getChildByFieldName("left");
      TSNode right = node.getChildByFieldName("right");
      if (!left.isNull() && left.getType().equals("identifier") && !right.isNull()) {
        // An augmented assignment counts as the whole "x += y": its value is x joined with y.
        TSNode value = type.equals("assignment") ? right : node;
        assigned.computeIfAbsent(key(node, tree.text(left)), k -> new ArrayList<>()).add(value);
      }
    } else if (type.equals("parameters") || type.equals("lambda_parameters")) {
      TreeNodes.of(node)
          .forEach(
              (n, t) -> {
                if (t.equals("identifier")) {
                  parameters.add(key(n, tree.text(n)));
                }
              });
    }
  }

  boolean isConstant(TSNode node) {
    return isConstant(node, 0);
  }

  /** True for a string assembled from at least one non-constant part. */
  boolean isBuilt(TSNode node) {
    return isBuilt(node, 0);
  }

  private boolean isConstant(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    String type = node.getType();
    if (LITERALS.contains(type)) {
      return true;
    }
    return switch (type) {
      case "string" -> interpolationsConstant(node, depth);
      case "concatenated_string",
          "tuple",
          "list",
          "parenthesized_expression",
          "binary_operator",
          "expression_list" ->
          allNamedChildren(node, depth);
      case "identifier" -> namesConstant(node, depth);
      default -> false;
    };
  }

  private boolean isBuilt(TSNode node, int depth) {
    if (node.isNull() || depth > MAX_DEPTH) {
      return false;
    }
    return switch (node.getType()) {
      case "string", "concatenated_string" -> !isConstant(node, depth + 1);
      case "binary_operator" -> !isConstant(node, depth + 1);
      case "augmented_assignment" -> !isConstant(node.getChildByFieldName("right"), depth + 1);
      case "parenthesized_expression" -> isBuilt(node.getNamedChild(0), depth + 1);
      case "call" -> isFormatCall(node, depth);
      case "identifier" -> valuesOf(node).stream().anyMatch(v -> isBuilt(v, depth + NAME_HOP));
      default -> false;
    };
  }

  private boolean isFormatCall(TSNode node, int depth) {
    return PythonCall.of(node, "call", tree)
        .filter(c -> c.name().equals("format") || c.name().equals("join"))
        .map(
            c -> {
              TSNode arguments = node.getChildByFieldName("arguments");
              return !isConstant(
                      node.getChildByFieldName("function").getChildByFieldName("object"), depth + 1)
                  || !allNamedChildren(arguments, depth);
            })
        .orElse(false);
  }

  private boolean namesConstant(TSNode node, int depth) {
    String name = tree.text(node);
    List<TSNode> values = valuesOf(node);
    if (values.isEmpty()) {
      return !parameters.contains(key(node, name)) && CONSTANT_NAME.matcher(name).matches();
    }
    return values.stream().allMatch(v -> isConstant(v, depth + NAME_HOP));
  }

  /** True when {@code identifier} names a parameter of its enclosing function. */
  boolean isParameter(TSNode identifier) {
    return parameters.contains(key(identifier, tree.text(identifier)));
  }

  /** Everything assigned to the name {@code identifier} in its function (or the module). */
  List<TSNode> valuesOf(TSNode identifier) {
    String name = tree.text(identifier);
    List<TSNode> local = assigned.get(key(identifier, name));
    if (local != null || parameters.contains(key(identifier, name))) {
      return local == null ? List.of() : local;
    }
    return assigned.getOrDefault("module:" + name, List.of());
  }

  private boolean allNamedChildren(TSNode node, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      TSNode value =
          child.getType().equals("keyword_argument") ? child.getChildByFieldName("value") : child;
      if (!child.getType().equals("comment") && !isConstant(value, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // An f-string is constant when every interpolated expression is.
  private boolean interpolationsConstant(TSNode node, int depth) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (child.getType().equals("interpolation")
          && !isConstant(child.getChildByFieldName("expression"), depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // Names are scoped to the innermost enclosing function, else the module.
  String key(TSNode node, String name) {
    TSNode current = node.getParent();
    while (!current.isNull()) {
      if (current.getType().equals("function_definition") || current.getType().equals("lambda")) {
        return current.getStartByte() + ":" + name;
      }
      current = current.getParent();
    }
    return "module:" + name;
  }
}
