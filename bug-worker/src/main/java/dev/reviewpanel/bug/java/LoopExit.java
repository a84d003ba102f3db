package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
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
   * True when the statement holding {@code call} leaves {@code loop} or is directly followed by a
   * return, throw or break out of it.
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
    if (index < 0 || index + 1 >= block.getStatements().size()) {
      return false;
    }
    Statement next = block.getStatement(index + 1);
    return next instanceof ReturnStmt
        || next instanceof ThrowStmt
        || next instanceof BreakStmt exit
            && (exit.getLabel().isPresent() || nearestLoop(next) == loop);
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
