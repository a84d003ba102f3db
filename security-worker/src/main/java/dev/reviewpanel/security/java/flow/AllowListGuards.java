package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Variables validated by an allow-list guard that leaves the method otherwise: {@code if
 * (!ALLOWED.contains(x)) return/throw}, {@code if (!x.matches(RE)) throw}, {@code if (!isValid(x))
 * return}. After such a guard the variable holds only values the code accepts.
 */
final class AllowListGuards {

  private static final Set<String> MEMBERSHIP = Set.of("contains", "containsKey", "containsValue");
  private static final Set<String> EQUALITY = Set.of("equals", "equalsIgnoreCase");
  private static final List<String> CHECKER_PREFIXES =
      List.of("isallowed", "isvalid", "issafe", "ispermitted", "iswhitelisted", "istrusted");

  private AllowListGuards() {}

  static Set<String> of(MethodFlow method) {
    Set<String> guarded = new HashSet<>();
    for (IfStmt branch : method.own(IfStmt.class)) {
      if (branch.getElseStmt().isEmpty() && exits(branch.getThenStmt())) {
        disjuncts(branch.getCondition()).forEach(d -> addGuarded(d, guarded));
      }
    }
    return guarded;
  }

  private static boolean exits(Statement statement) {
    Statement last = statement;
    if (statement instanceof BlockStmt block) {
      if (block.getStatements().isEmpty()) {
        return false;
      }
      last = block.getStatements().getLast().orElseThrow();
    }
    return last.isReturnStmt() || last.isThrowStmt();
  }

  private static List<Expression> disjuncts(Expression condition) {
    Expression e = unwrap(condition);
    if (e instanceof BinaryExpr or && or.getOperator() == BinaryExpr.Operator.OR) {
      List<Expression> all = new java.util.ArrayList<>(disjuncts(or.getLeft()));
      all.addAll(disjuncts(or.getRight()));
      return all;
    }
    return List.of(e);
  }

  private static void addGuarded(Expression disjunct, Set<String> guarded) {
    if (!(disjunct instanceof UnaryExpr not)
        || not.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
        || !(unwrap(not.getExpression()) instanceof MethodCallExpr check)) {
      return;
    }
    String name = check.getNameAsString();
    Expression scope = check.getScope().orElse(null);
    if (MEMBERSHIP.contains(name) && check.getArguments().size() == 1) {
      nameOf(check.getArgument(0)).ifPresent(guarded::add);
    } else if (EQUALITY.contains(name) && check.getArguments().size() == 1 && scope != null) {
      if (check.getArgument(0).isLiteralExpr()) {
        nameOf(scope).ifPresent(guarded::add);
      } else if (scope.isLiteralExpr()) {
        nameOf(check.getArgument(0)).ifPresent(guarded::add);
      }
    } else if (name.equals("matches")) {
      matched(check).ifPresent(guarded::add);
    } else if (CHECKER_PREFIXES.stream().anyMatch(name.toLowerCase(Locale.ROOT)::startsWith)) {
      check.getArguments().forEach(a -> nameOf(a).ifPresent(guarded::add));
    }
  }

  // x.matches(re), Pattern.matches(re, x), PATTERN.matcher(x).matches()
  private static java.util.Optional<String> matched(MethodCallExpr check) {
    if (check.getArguments().size() == 2) {
      return nameOf(check.getArgument(1));
    }
    Expression scope = check.getScope().orElse(null);
    if (scope instanceof MethodCallExpr matcher
        && matcher.getNameAsString().equals("matcher")
        && matcher.getArguments().size() == 1) {
      return nameOf(matcher.getArgument(0));
    }
    return scope == null ? java.util.Optional.empty() : nameOf(scope);
  }

  private static java.util.Optional<String> nameOf(Expression e) {
    Expression inner = unwrap(e);
    return inner.isNameExpr()
        ? java.util.Optional.of(inner.asNameExpr().getNameAsString())
        : java.util.Optional.empty();
  }

  private static Expression unwrap(Expression e) {
    return e.isEnclosedExpr() ? unwrap(e.asEnclosedExpr().getInner()) : e;
  }
}
