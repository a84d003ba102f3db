package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import java.util.ArrayList;
import java.util.List;

/** What a boolean condition proves about which local names are null. */
final class NullFacts {

  private NullFacts() {}

  /** Names certainly null when {@code condition} evaluates to {@code outcome}. */
  static List<String> knownNull(Expression condition, boolean outcome) {
    List<String> names = new ArrayList<>();
    collect(condition, outcome, names);
    return names;
  }

  private static void collect(Expression condition, boolean outcome, List<String> names) {
    Expression expr = unwrap(condition);
    if (expr instanceof UnaryExpr not
        && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      collect(not.getExpression(), !outcome, names);
      return;
    }
    if (!(expr instanceof BinaryExpr binary)) {
      return;
    }
    switch (binary.getOperator()) {
      // a && b true means both true; a || b false means both false.
      case AND -> {
        if (outcome) {
          collect(binary.getLeft(), true, names);
          collect(binary.getRight(), true, names);
        }
      }
      case OR -> {
        if (!outcome) {
          collect(binary.getLeft(), false, names);
          collect(binary.getRight(), false, names);
        }
      }
      case EQUALS -> {
        if (outcome) {
          comparedWithNull(binary).ifPresent(names::add);
        }
      }
      case NOT_EQUALS -> {
        if (!outcome) {
          comparedWithNull(binary).ifPresent(names::add);
        }
      }
      default -> {}
    }
  }

  private static java.util.Optional<String> comparedWithNull(BinaryExpr binary) {
    Expression left = unwrap(binary.getLeft());
    Expression right = unwrap(binary.getRight());
    if (right.isNullLiteralExpr() && left instanceof NameExpr name) {
      return java.util.Optional.of(name.getNameAsString());
    }
    if (left.isNullLiteralExpr() && right instanceof NameExpr name) {
      return java.util.Optional.of(name.getNameAsString());
    }
    return java.util.Optional.empty();
  }

  /** True when evaluating the expression around {@code use} throws if it is null. */
  static boolean isDereferenced(NameExpr use) {
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call) {
      return call.getScope().map(s -> s == use).orElse(false);
    }
    if (parent instanceof FieldAccessExpr access) {
      return access.getScope() == use;
    }
    if (parent instanceof ArrayAccessExpr access) {
      return access.getName() == use;
    }
    if (parent instanceof ForEachStmt loop) {
      return loop.getIterable() == use;
    }
    return parent instanceof SynchronizedStmt sync && sync.getExpression() == use;
  }

  private static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof EnclosedExpr enclosed) {
      current = enclosed.getInner();
    }
    return current;
  }
}
