package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assignments overwritten before any read: {@code bar = param; bar = "safe";} in one block. The
 * value of such a store never reaches anything, so the dataflow drops it.
 */
final class DeadStores {

  private DeadStores() {}

  /** The dead {@link AssignExpr} and {@link VariableDeclarator} nodes of {@code method}. */
  static Set<Node> of(MethodFlow method) {
    Set<Node> dead = Collections.newSetFromMap(new IdentityHashMap<>());
    for (BlockStmt block : method.own(BlockStmt.class)) {
      Map<String, Node> pending = new HashMap<>();
      for (Statement statement : block.getStatements()) {
        Node definition = definition(statement);
        String defined = definition == null ? null : definedName(definition);
        for (NameExpr name : statement.findAll(NameExpr.class)) {
          if (!(definition instanceof AssignExpr assign && assign.getTarget() == name)) {
            pending.remove(name.getNameAsString());
          }
        }
        if (defined != null) {
          Node earlier = pending.put(defined, definition);
          if (earlier != null) {
            dead.add(earlier);
          }
        }
      }
    }
    return dead;
  }

  // A plain `x = value;` or a single `T x = value;`: an unconditional store to one local.
  private static Node definition(Statement statement) {
    if (!(statement instanceof ExpressionStmt expression)) {
      return null;
    }
    if (expression.getExpression() instanceof AssignExpr assign
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget().isNameExpr()) {
      return assign;
    }
    if (expression.getExpression().isVariableDeclarationExpr()
        && expression.getExpression().asVariableDeclarationExpr().getVariables().size() == 1) {
      VariableDeclarator variable =
          expression.getExpression().asVariableDeclarationExpr().getVariable(0);
      return variable.getInitializer().isPresent() ? variable : null;
    }
    return null;
  }

  private static String definedName(Node definition) {
    return definition instanceof AssignExpr assign
        ? assign.getTarget().asNameExpr().getNameAsString()
        : ((VariableDeclarator) definition).getNameAsString();
  }
}
