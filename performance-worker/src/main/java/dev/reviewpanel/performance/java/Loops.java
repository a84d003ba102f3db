package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the loops a node runs in: loop statements whose repeated part holds it, and lambdas handed
 * to iterating calls ({@code forEach}, stream stages). Stops at the enclosing member.
 */
final class Loops {

  private Loops() {}

  /** The innermost loop that repeats {@code node}. */
  static Optional<Loop> enclosing(Node node) {
    List<Loop> all = allEnclosing(node);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every loop that repeats {@code node}, innermost first. */
  static List<Loop> allEnclosing(Node node) {
    List<Loop> loops = new ArrayList<>();
    Node child = node;
    Optional<Node> parent = node.getParentNode();
    while (parent.isPresent() && !isBoundary(child, parent.get())) {
      Node candidate = parent.get();
      if (candidate instanceof ThrowStmt) {
        // building the exception runs once, on the way out of the loop
        return List.of();
      }
      if (repeats(candidate, child)) {
        asLoop(candidate).ifPresent(loops::add);
      }
      child = candidate;
      parent = candidate.getParentNode();
    }
    return loops;
  }

  /** The loop {@code node} is, if it is one. */
  static Optional<Loop> asLoop(Node node) {
    if (node instanceof ForEachStmt each) {
      return Optional.of(new Loop(node, Optional.of(normalize(each.getIterable()))));
    }
    if (node instanceof ForStmt loop) {
      return Optional.of(new Loop(node, loop.getCompare().flatMap(Loops::indexBound)));
    }
    if (node instanceof WhileStmt || node instanceof DoStmt) {
      return Optional.of(new Loop(node, Optional.empty()));
    }
    if (node instanceof MethodCallExpr call && IteratingCalls.isIterating(call)) {
      return Optional.of(new Loop(node, IteratingCalls.source(call).map(Loops::normalize)));
    }
    return Optional.empty();
  }

  private static boolean isBoundary(Node child, Node parent) {
    return parent instanceof BodyDeclaration<?>
        || (parent instanceof LambdaExpr lambda && !isIteratingArgument(lambda))
        || parent instanceof TypeDeclaration<?>
        || (parent instanceof ObjectCreationExpr creation
            && creation
                .getAnonymousClassBody()
                .map(body -> body.stream().anyMatch(member -> member == child))
                .orElse(false));
  }

  /** Other lambdas may run later, once, or never: callbacks, suppliers, comparators. */
  private static boolean isIteratingArgument(LambdaExpr lambda) {
    return lambda
        .getParentNode()
        .filter(p -> p instanceof MethodCallExpr call && IteratingCalls.isIterating(call))
        .isPresent();
  }

  private static boolean repeats(Node loop, Node child) {
    if (loop instanceof ForEachStmt each) {
      return each.getBody() == child;
    }
    if (loop instanceof ForStmt each) {
      return each.getBody() == child
          || each.getCompare().map(c -> c == child).orElse(false)
          || each.getUpdate().stream().anyMatch(update -> update == child);
    }
    if (loop instanceof WhileStmt each) {
      return each.getBody() == child || each.getCondition() == child;
    }
    if (loop instanceof DoStmt each) {
      return each.getBody() == child || each.getCondition() == child;
    }
    if (loop instanceof MethodCallExpr call) {
      return (child instanceof LambdaExpr || child instanceof MethodReferenceExpr)
          && call.getArguments().stream().anyMatch(argument -> argument == child);
    }
    return false;
  }

  /** {@code items} for a bound like {@code i < items.size()} or {@code i < items.length}. */
  private static Optional<String> indexBound(Expression compare) {
    if (!(compare instanceof BinaryExpr binary)
        || (binary.getOperator() != BinaryExpr.Operator.LESS
            && binary.getOperator() != BinaryExpr.Operator.LESS_EQUALS)) {
      return Optional.empty();
    }
    Expression bound = binary.getRight();
    if (bound instanceof MethodCallExpr size
        && size.getNameAsString().equals("size")
        && size.getArguments().isEmpty()) {
      return size.getScope().map(Loops::normalize);
    }
    if (bound instanceof FieldAccessExpr length && length.getNameAsString().equals("length")) {
      return Optional.of(normalize(length.getScope()));
    }
    return Optional.empty();
  }

  /** The text of an expression with a leading {@code this.} dropped. */
  static String normalize(Expression expression) {
    if (expression instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
      return field.getNameAsString();
    }
    return expression.toString();
  }
}
