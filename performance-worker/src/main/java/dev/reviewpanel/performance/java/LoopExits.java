package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Optional;

/**
 * How control leaves a loop statement around a statement: a {@code return}, {@code throw} or {@code
 * break} that follows it unconditionally in its block ends the loop, so the statement runs at most
 * once per run of the loop, not once per iteration.
 */
final class LoopExits {

  private LoopExits() {}

  /** Whether every path from {@code statement} leaves {@code loop} before the next iteration. */
  static boolean leavesAfter(Statement statement, Node loop) {
    Node child = statement;
    for (Optional<Node> parent = child.getParentNode();
        parent.isPresent() && parent.get() != loop;
        child = parent.get(), parent = child.getParentNode()) {
      Node scope = parent.get();
      if (scope instanceof LambdaExpr || scope instanceof BodyDeclaration<?>) {
        return false; // a return leaves the lambda, not the loop that calls it
      }
      NodeList<Statement> statements =
          scope instanceof BlockStmt block
              ? block.getStatements()
              : scope instanceof SwitchEntry entry ? entry.getStatements() : new NodeList<>();
      if (jumpsAfter(statements, child, loop, inSwitch(scope, loop))) {
        return true;
      }
    }
    return false;
  }

  // an unlabeled break here leaves a switch between it and the loop, not the loop
  private static boolean inSwitch(Node scope, Node loop) {
    return scope instanceof SwitchEntry
        || scope.findAncestor(SwitchStmt.class).filter(loop::isAncestorOf).isPresent();
  }

  /** The statement after {@code loop} in its block is a throw naming {@code name}. */
  static Optional<ThrowStmt> throwsAfter(Node loop, String name) {
    Node statement = loop.getParentNode().filter(LabeledStmt.class::isInstance).orElse(loop);
    if (!(statement.getParentNode().orElse(null) instanceof BlockStmt block)) {
      return Optional.empty();
    }
    NodeList<Statement> statements = block.getStatements();
    for (int i = indexOf(statements, statement) + 1; i > 0 && i < statements.size(); i++) {
      Statement next = statements.get(i);
      if (next instanceof ThrowStmt thrown) {
        return thrown.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).isEmpty()
            ? Optional.empty()
            : Optional.of(thrown);
      }
      if (!next.isExpressionStmt()) {
        return Optional.empty(); // only plain statements (a log line) between the loop and throw
      }
    }
    return Optional.empty();
  }

  private static boolean jumpsAfter(
      NodeList<Statement> statements, Node child, Node loop, boolean inSwitch) {
    int at = indexOf(statements, child);
    if (at < 0) {
      return false;
    }
    for (Statement next : statements.subList(at + 1, statements.size())) {
      if (next instanceof ReturnStmt || next instanceof ThrowStmt) {
        return true;
      }
      if (next instanceof BreakStmt jump) {
        return jump.getLabel().map(label -> labels(loop, label.asString())).orElse(!inSwitch);
      }
    }
    return false;
  }

  // by identity: two statements of the same text are equal nodes
  private static int indexOf(NodeList<Statement> statements, Node statement) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i) == statement) {
        return i;
      }
    }
    return -1;
  }

  // break outer; where outer labels the loop or a statement around it
  private static boolean labels(Node loop, String label) {
    return loop.findAncestor(LabeledStmt.class, l -> l.getLabel().asString().equals(label))
        .isPresent();
  }
}
