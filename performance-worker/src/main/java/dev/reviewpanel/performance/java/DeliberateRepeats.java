package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Remote calls in a loop that are not one query per data item, whatever the loop looks like: the
 * per-statement fallback of code that batches when the driver can, a script whose statements are
 * the loop's items, a composite that asks each of its delegates once, and a retry or poll loop
 * bounded by a clock or an attempt count, and a flush the loop makes once every n items.
 */
final class DeliberateRepeats {

  private static final Set<String> BATCH_CALLS = Set.of("addBatch", "executeBatch");
  // JDBC calls whose first argument is the statement's text
  private static final Set<String> SQL_TEXT_CALLS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "prepareStatement",
          "prepareCall");
  private static final Set<String> CLOCK_CALLS = Set.of("currentTimeMillis", "nanoTime", "now");
  private static final Set<String> RETRY_WORDS =
      Set.of("deadline", "timeout", "retry", "retries", "attempt", "attempts");

  private DeliberateRepeats() {}

  /** True when {@code call}, a remote call inside {@code loop}, repeats on purpose. */
  static boolean isDeliberate(MethodCallExpr call, Loop loop) {
    return isBatchFallback(call)
        || flushesEveryFew(call, loop)
        || runsTheLoopItem(call, loop)
        || asksEachDelegate(call, loop)
        || isRetry(loop.node());
  }

  // if (supportsBatchUpdates) { ps.addBatch(); ... } else { ps.executeUpdate(); }: the code batches
  // whenever the driver can; one statement per item is what a driver without batches leaves
  // if (i != 0 && i % numValuesPerBatch == 0) { batched.execute(); }: a call that runs once per n
  // items (a chunked flush) is the batching itself, not one round trip per item
  private static boolean flushesEveryFew(MethodCallExpr call, Loop loop) {
    Node child = call;
    Optional<Node> parent = call.getParentNode();
    while (parent.isPresent() && parent.get() != loop.node()) {
      if (parent.get() instanceof IfStmt branch
          && branch.getThenStmt() == child
          && !branch
              .getCondition()
              .findAll(
                  com.github.javaparser.ast.expr.BinaryExpr.class,
                  b ->
                      b.getOperator()
                          == com.github.javaparser.ast.expr.BinaryExpr.Operator.REMAINDER)
              .isEmpty()) {
        return true;
      }
      child = parent.get();
      parent = child.getParentNode();
    }
    return false;
  }

  private static boolean isBatchFallback(MethodCallExpr call) {
    Node child = call;
    Optional<Node> parent = call.getParentNode();
    while (parent.isPresent() && !(parent.get() instanceof CallableDeclaration<?>)) {
      if (parent.get() instanceof IfStmt branch && batchesBeside(branch, child)) {
        return true;
      }
      child = parent.get();
      parent = child.getParentNode();
    }
    return false;
  }

  private static boolean batchesBeside(IfStmt branch, Node taken) {
    Optional<Statement> other =
        branch.getThenStmt() == taken
            ? branch.getElseStmt()
            : branch.getElseStmt().filter(e -> e == taken).map(e -> branch.getThenStmt());
    return other.map(DeliberateRepeats::batches).orElse(false);
  }

  private static boolean batches(Statement statement) {
    return !statement
        .findAll(MethodCallExpr.class, c -> BATCH_CALLS.contains(c.getNameAsString()))
        .isEmpty();
  }

  // for (String statement : statements) stmt.execute(statement): each item is a different
  // statement of a script, not the same query with another parameter
  private static boolean runsTheLoopItem(MethodCallExpr call, Loop loop) {
    if (call.getArguments().isEmpty() || !SQL_TEXT_CALLS.contains(call.getNameAsString())) {
      return false;
    }
    Expression sql = call.getArgument(0);
    if (loop.node() instanceof ForEachStmt each && sql instanceof NameExpr name) {
      return each.getVariableDeclarator().getNameAsString().equals(name.getNameAsString())
          && each.getVariableDeclarator().getTypeAsString().equals("String");
    }
    return sql instanceof ArrayAccessExpr element
        && loop.iterated().map(items -> items.equals(element.getName().toString())).orElse(false);
  }

  // for (SecurityContextRepository delegate : this.delegates) delegate.loadContext(...): the loop
  // walks the receivers, a composite's few delegates, not the data
  private static boolean asksEachDelegate(MethodCallExpr call, Loop loop) {
    return loop.node() instanceof ForEachStmt each
        && call.getScope()
            .filter(
                s ->
                    s instanceof NameExpr name
                        && each.getVariableDeclarator()
                            .getNameAsString()
                            .equals(name.getNameAsString()))
            .isPresent();
  }

  // while (!validated && System.currentTimeMillis() < deadline): one check, tried until it works
  private static boolean isRetry(Node loop) {
    Optional<Expression> condition =
        loop instanceof WhileStmt each
            ? Optional.of(each.getCondition())
            : loop instanceof DoStmt each
                ? Optional.of(each.getCondition())
                : loop instanceof ForStmt each ? each.getCompare() : Optional.empty();
    return condition
        .map(
            c ->
                !c.findAll(MethodCallExpr.class, m -> CLOCK_CALLS.contains(m.getNameAsString()))
                        .isEmpty()
                    || !c.findAll(NameExpr.class, DeliberateRepeats::namesRetry).isEmpty())
        .orElse(false);
  }

  private static boolean namesRetry(NameExpr name) {
    for (String word : name.getNameAsString().split("(?<=[a-z0-9])(?=[A-Z])|_")) {
      if (RETRY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
