package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.security.syntax.DeadCode;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The dead code of a Python file: {@code if False:}, {@code if 0:}, {@code if DEBUG:} with {@code
 * DEBUG = False} bound once, comparisons of constants, {@code while False:}, {@code a if False else
 * b}, and statements after {@code return}/{@code raise}/{@code continue}/{@code break}.
 */
final class PythonBranches {

  private static final Set<String> EXITS =
      Set.of("return_statement", "raise_statement", "continue_statement", "break_statement");
  private static final Set<String> LITERALS =
      Set.of("true", "false", "none", "integer", "float", "string");

  private final SyntaxTree tree;
  private final DeadCode dead = new DeadCode();
  // Names bound exactly once, to a literal, in their scope; null once bound twice.
  private final Map<String, TSNode> literals = new HashMap<>();

  private PythonBranches(SyntaxTree tree, TreeNodes nodes) {
    this.tree = tree;
    nodes.forEach(this::bind);
    nodes.forEach(this::prune);
  }

  static DeadCode of(SyntaxTree tree, TreeNodes nodes) {
    return nodes.fact(PythonBranches.class, n -> new PythonBranches(tree, n)).dead;
  }

  private void bind(TSNode node, String type) {
    if (type.equals("assignment") || type.equals("augmented_assignment")) {
      TSNode left = node.getChildByFieldName("left");
      TSNode right = node.getChildByFieldName("right");
      if (!left.isNull() && left.getType().equals("identifier")) {
        String key = PythonValues.scopeKey(node, tree.text(left));
        boolean literal =
            type.equals("assignment") && !right.isNull() && LITERALS.contains(right.getType());
        literals.put(key, literals.containsKey(key) || !literal ? null : right);
      }
    }
  }

  private void prune(TSNode node, String type) {
    switch (type) {
      case "if_statement", "elif_clause" -> {
        Optional<Boolean> holds = truth(node.getChildByFieldName("condition"));
        if (holds.isPresent() && !holds.get()) {
          dead.add(node.getChildByFieldName("consequence"));
        } else if (holds.isPresent()) {
          // Once a condition holds, the later elif/else clauses of the same if never run.
          TSNode next =
              type.equals("if_statement")
                  ? node.getChildByFieldName("alternative")
                  : node.getNextNamedSibling();
          for (; !next.isNull(); next = next.getNextNamedSibling()) {
            dead.add(next);
          }
        }
      }
      case "while_statement" -> {
        if (truth(node.getChildByFieldName("condition")).filter(b -> !b).isPresent()) {
          dead.add(node.getChildByFieldName("body"));
        }
      }
      case "conditional_expression" -> {
        if (node.getNamedChildCount() == 3) {
          truth(node.getNamedChild(1)).ifPresent(b -> dead.add(node.getNamedChild(b ? 2 : 0)));
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
    Optional<String> value = constant(condition);
    if (value.isPresent()) {
      String v = value.get();
      return Optional.of(!(v.isEmpty() || v.equals("0") || v.equals("False") || v.equals("None")));
    }
    return switch (condition.getType()) {
      case "not_operator" -> truth(condition.getChildByFieldName("argument")).map(b -> !b);
      case "parenthesized_expression" -> truth(condition.getNamedChild(0));
      case "boolean_operator" -> {
        Optional<Boolean> left = truth(condition.getChildByFieldName("left"));
        Optional<Boolean> right = truth(condition.getChildByFieldName("right"));
        boolean and = tree.text(condition.getChildByFieldName("operator")).equals("and");
        if (and) {
          yield left.filter(b -> !b).or(() -> right.filter(b -> !b)).or(() -> both(left, right));
        }
        yield left.filter(b -> b).or(() -> right.filter(b -> b)).or(() -> both(left, right));
      }
      case "comparison_operator" -> compare(condition);
      default -> Optional.empty();
    };
  }

  private static Optional<Boolean> both(Optional<Boolean> left, Optional<Boolean> right) {
    return left.isPresent() && right.isPresent() ? left : Optional.empty();
  }

  private Optional<Boolean> compare(TSNode comparison) {
    if (comparison.getNamedChildCount() != 2) {
      return Optional.empty();
    }
    Optional<String> left = constant(comparison.getNamedChild(0));
    Optional<String> right = constant(comparison.getNamedChild(1));
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    String operator =
        tree.text(comparison)
            .substring(
                comparison.getNamedChild(0).getEndByte() - comparison.getStartByte(),
                comparison.getNamedChild(1).getStartByte() - comparison.getStartByte())
            .strip();
    boolean equal = left.get().equals(right.get());
    return switch (operator) {
      case "==", "is" -> Optional.of(equal);
      case "!=", "is not" -> Optional.of(!equal);
      default -> Optional.empty();
    };
  }

  // The literal text of a constant: strings unquoted, names bound once to a literal followed.
  private Optional<String> constant(TSNode node) {
    TSNode value = node;
    if (value.getType().equals("identifier")) {
      value = literals.get(PythonValues.scopeKey(value, tree.text(value)));
      if (value == null) {
        value = literals.get("module:" + tree.text(node));
      }
      if (value == null) {
        return Optional.empty();
      }
    }
    String type = value.getType();
    if (type.equals("string")) {
      String text = tree.text(value);
      return text.contains("{") ? Optional.empty() : Optional.of(unquote(text));
    }
    return LITERALS.contains(type) ? Optional.of(tree.text(value)) : Optional.empty();
  }

  private static String unquote(String literal) {
    return literal
        .replaceAll("^[rbuRBU]*(\"\"\"|'''|\"|')", "")
        .replaceAll("(\"\"\"|'''|\"|')$", "");
  }
}
