package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.DeadCode;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The dead code of a JavaScript/TypeScript file: {@code if (false)}, {@code if (0)}, {@code if
 * (DEBUG)} with {@code const DEBUG = false}, comparisons of constants, {@code while (false)},
 * {@code false && f()}, constant ternaries, and statements after {@code return}/{@code throw}/
 * {@code break}/{@code continue}.
 */
final class JsBranches {

  private static final Set<String> EXITS =
      Set.of("return_statement", "throw_statement", "continue_statement", "break_statement");
  private static final Set<String> LITERALS =
      Set.of("true", "false", "null", "undefined", "number", "string");

  private static final Set<String> WRAPPERS =
      Set.of(
          "parenthesized_expression",
          "as_expression",
          "satisfies_expression",
          "non_null_expression");

  private final SyntaxTree tree;
  private final DeadCode dead = new DeadCode();
  // Names bound exactly once, to a literal, in their scope; null once bound twice.
  private final Map<String, TSNode> literals = new HashMap<>();

  private JsBranches(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    nodes.forEach(this::bind);
    nodes.forEach(this::prune);
  }

  static DeadCode of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(JsBranches.class, n -> new JsBranches(tree, n)).dead;
  }

  private void bind(TSNode node, String type) {
    TSNode name = null;
    TSNode value = null;
    if (type.equals("variable_declarator")) {
      name = node.getChildByFieldName("name");
      value = node.getChildByFieldName("value");
    } else if (type.equals("assignment_expression")
        || type.equals("augmented_assignment_expression")) {
      name = node.getChildByFieldName("left");
      value = type.equals("assignment_expression") ? node.getChildByFieldName("right") : null;
    } else if (type.equals("update_expression")) {
      name = node.getChildByFieldName("argument");
    }
    while (value != null && !value.isNull() && WRAPPERS.contains(value.getType())) {
      value = value.getNamedChild(0); // false as const, (0), flag!
    }
    if (name != null && !name.isNull() && name.getType().equals("identifier")) {
      String key = JsValues.scopeKey(name, tree.text(name));
      boolean literal = value != null && !value.isNull() && LITERALS.contains(value.getType());
      literals.put(key, literals.containsKey(key) || !literal ? null : value);
    }
  }

  private void prune(TSNode node, String type) {
    switch (type) {
      case "if_statement" -> {
        Optional<Boolean> holds = truth(node.getChildByFieldName("condition"));
        holds.ifPresent(
            h ->
                dead.add(
                    h
                        ? node.getChildByFieldName("alternative")
                        : node.getChildByFieldName("consequence")));
      }
      case "while_statement" -> {
        if (truth(node.getChildByFieldName("condition")).filter(b -> !b).isPresent()) {
          dead.add(node.getChildByFieldName("body"));
        }
      }
      case "ternary_expression" ->
          truth(node.getChildByFieldName("condition"))
              .ifPresent(
                  h -> dead.add(node.getChildByFieldName(h ? "alternative" : "consequence")));
      case "binary_expression" -> {
        String operator = tree.text(node.getChildByFieldName("operator"));
        Optional<Boolean> left = truth(node.getChildByFieldName("left"));
        if ((operator.equals("&&") && left.filter(b -> !b).isPresent())
            || (operator.equals("||") && left.filter(b -> b).isPresent())) {
          dead.add(node.getChildByFieldName("right"));
        }
      }
      default -> {
        if (EXITS.contains(type)) {
          dead.addAfter(node);
        }
      }
    }
  }

  private Optional<Boolean> truth(TSNode condition) {
    if (condition == null || condition.isNull()) {
      return Optional.empty();
    }
    Optional<String> value = constant(condition);
    if (value.isPresent()) {
      String v = value.get();
      return Optional.of(
          !(v.isEmpty()
              || v.equals("0")
              || v.equals("false")
              || v.equals("null")
              || v.equals("undefined")));
    }
    return switch (condition.getType()) {
      case "parenthesized_expression" -> truth(condition.getNamedChild(0));
      case "unary_expression" ->
          tree.text(condition.getChildByFieldName("operator")).equals("!")
              ? truth(condition.getChildByFieldName("argument")).map(b -> !b)
              : Optional.empty();
      case "binary_expression" -> binary(condition);
      default -> Optional.empty();
    };
  }

  private Optional<Boolean> binary(TSNode node) {
    String operator = tree.text(node.getChildByFieldName("operator"));
    TSNode leftNode = node.getChildByFieldName("left");
    TSNode rightNode = node.getChildByFieldName("right");
    if (operator.equals("&&") || operator.equals("||")) {
      Optional<Boolean> left = truth(leftNode);
      Optional<Boolean> right = truth(rightNode);
      boolean and = operator.equals("&&");
      if (left.filter(b -> b != and).isPresent()) {
        return left;
      }
      if (right.filter(b -> b != and).isPresent()) {
        return right;
      }
      return left.isPresent() && right.isPresent() ? left : Optional.empty();
    }
    Optional<String> left = constant(leftNode);
    Optional<String> right = constant(rightNode);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    boolean equal = left.get().equals(right.get());
    return switch (operator) {
      case "===", "==" -> Optional.of(equal);
      case "!==", "!=" -> Optional.of(!equal);
      default -> Optional.empty();
    };
  }

  // The literal text of a constant: strings unquoted, names bound once to a literal followed.
  private Optional<String> constant(TSNode node) {
    TSNode value = node;
    if (value.getType().equals("identifier")) {
      value = literals.get(JsValues.scopeKey(value, tree.text(value)));
      if (value == null) {
        value = literals.get("module:" + tree.text(node));
      }
      if (value == null) {
        return Optional.empty();
      }
    }
    String type = value.getType();
    if (type.equals("string")) {
      return Optional.of(tree.text(value).replaceAll("^['\"]|['\"]$", ""));
    }
    return LITERALS.contains(type) ? Optional.of(tree.text(value)) : Optional.empty();
  }
}
