package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/** Whether a loop is left right after a statement, so a change to its collection is harmless. */
final class LoopExit {

  private LoopExit() {}

  /**
   * True when the statement holding {@code call} leaves {@code loop}, or the statements after it in
   * its block reach a return, throw or break out of it without a continue that goes round again
   * ({@code list.remove(x); size--; return;}).
   */
  static boolean rightAfter(MethodCallExpr call, ForEachStmt loop) {
    Optional<Statement> statement = call.findAncestor(Statement.class);
    if (statement.isEmpty()) {
      return false;
    }
    if (statement.get() instanceof ReturnStmt || statement.get() instanceof ThrowStmt) {
      return true;
    }
    if (!(statement.get().getParentNode().orElse(null) instanceof BlockStmt block)) {
      return false;
    }
    // By identity: Node.equals compares structure, and a block may repeat a statement.
    int index = -1;
    for (int i = 0; i < block.getStatements().size(); i++) {
      if (block.getStatement(i) == statement.get()) {
        index = i;
      }
    }
    if (index < 0) {
      return false;
    }
    for (int i = index + 1; i < block.getStatements().size(); i++) {
      Statement next = block.getStatement(i);
      if (next instanceof ReturnStmt
          || next instanceof ThrowStmt
          || next instanceof BreakStmt exit
              && (exit.getLabel().isPresent() || nearestLoop(next) == loop)) {
        return true;
      }
      if (goesRound(next, loop)) {
        return false;
      }
    }
    return false;
  }

  // a continue of this loop (or a labelled one) inside the statement, or a break of it under a
  // condition: on the other path the loop may go round again with the changed collection
  private static boolean goesRound(Statement statement, ForEachStmt loop) {
    return !statement
            .findAll(ContinueStmt.class, c -> c.getLabel().isPresent() || nearestLoop(c) == loop)
            .isEmpty()
        || !statement
            .findAll(BreakStmt.class, b -> b.getLabel().isPresent() || nearestLoop(b) == loop)
            .isEmpty();
  }

  // What a plain break leaves: the nearest loop or switch.
  private static Node nearestLoop(Node node) {
    return node.findAncestor(
            Statement.class,
            s ->
                s instanceof ForEachStmt
                    || s instanceof ForStmt
                    || s instanceof WhileStmt
                    || s instanceof DoStmt
                    || s instanceof SwitchStmt)
        .orElse(null);
  }
}
