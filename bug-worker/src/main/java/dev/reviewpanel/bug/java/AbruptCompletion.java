package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.Optional;

/** Whether a statement can never complete normally, following the JLS reachability rules. */
final class AbruptCompletion {

  private AbruptCompletion() {}

  static boolean always(Statement statement) {
    if (statement instanceof ReturnStmt
        || statement instanceof ThrowStmt
        || statement instanceof BreakStmt
        || statement instanceof ContinueStmt
        || statement instanceof YieldStmt) {
      return true;
    }
    if (statement instanceof BlockStmt block) {
      return !block.getStatements().isEmpty() && always(block.getStatements().getLast().get());
    }
    if (statement instanceof IfStmt) {
      // if without else, or with a branch that falls through, may complete normally; an
      // else-if chain is walked in a loop since chains can be thousands long.
      Statement branch = statement;
      while (branch instanceof IfStmt choice) {
        if (choice.getElseStmt().isEmpty() || !always(choice.getThenStmt())) {
          return false;
        }
        branch = choice.getElseStmt().get();
      }
      return always(branch);
    }
    if (statement instanceof WhileStmt loop) {
      return isTrue(loop.getCondition()) && !breaksOut(loop.getBody(), loop);
    }
    if (statement instanceof DoStmt loop) {
      return isTrue(loop.getCondition()) && !breaksOut(loop.getBody(), loop);
    }
    if (statement instanceof ForStmt loop) {
      return loop.getCompare().map(AbruptCompletion::isTrue).orElse(true)
          && !breaksOut(loop.getBody(), loop);
    }
    return false;
  }

  private static boolean isTrue(Expression condition) {
    return condition instanceof BooleanLiteralExpr literal && literal.getValue();
  }

  // Any break that leaves the loop: a plain break whose nearest breakable is the loop, or a
  // labeled break (counted conservatively, whatever label it names).
  private static boolean breaksOut(Statement body, Statement loop) {
    return body.findFirst(
            BreakStmt.class,
            b -> b.getLabel().isPresent() || nearestBreakable(b).orElse(null) == loop)
        .isPresent();
  }

  private static Optional<Node> nearestBreakable(BreakStmt statement) {
    return statement
        .findAncestor(
            Statement.class,
            s ->
                s instanceof WhileStmt
                    || s instanceof DoStmt
                    || s instanceof ForStmt
                    || s instanceof ForEachStmt
                    || s instanceof SwitchStmt)
        .map(Node.class::cast);
  }
}
