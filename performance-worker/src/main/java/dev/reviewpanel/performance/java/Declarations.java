package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.Optional;

/**
 * Resolves a name to its declaration by walking outwards through blocks, loop headers, parameters
 * and fields, the way Java scoping does, without a symbol solver.
 */
final class Declarations {

  private Declarations() {}

  /** The declaration of a variable reference ({@code x} or {@code this.x}). */
  static Optional<Declaration> of(Expression reference) {
    if (reference instanceof NameExpr name) {
      return find(name.getNameAsString(), reference);
    }
    if (reference instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return find(access.getNameAsString(), reference).filter(Declaration::field);
    }
    return Optional.empty();
  }

  /** The declaration {@code name} refers to at {@code at}. */
  static Optional<Declaration> find(String name, Node at) {
    Node child = at;
    Optional<Node> parent = at.getParentNode();
    while (parent.isPresent()) {
      Optional<Declaration> found = declaredIn(parent.get(), child, name);
      if (found.isPresent()) {
        return found;
      }
      child = parent.get();
      parent = child.getParentNode();
    }
    return Optional.empty();
  }

  private static Optional<Declaration> declaredIn(Node scope, Node child, String name) {
    if (scope instanceof BlockStmt block) {
      return inStatementsBefore(block.getStatements(), child, name);
    }
    if (scope instanceof ForStmt loop) {
      for (Expression init : loop.getInitialization()) {
        Optional<Declaration> found = inVariables(init, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (scope instanceof ForEachStmt loop && child != loop.getIterable()) {
      return inVariables(loop.getVariable(), name);
    }
    if (scope instanceof TryStmt attempt) {
      for (Expression resource : attempt.getResources()) {
        Optional<Declaration> found = inVariables(resource, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (scope instanceof CatchClause clause) {
      return parameter(NodeList.nodeList(clause.getParameter()), name);
    }
    if (scope instanceof LambdaExpr lambda) {
      return parameter(lambda.getParameters(), name);
    }
    if (scope instanceof CallableDeclaration<?> callable) {
      return parameter(callable.getParameters(), name);
    }
    if (scope instanceof TypeDeclaration<?> type) {
      return field(type, name);
    }
    return Optional.empty();
  }

  private static Optional<Declaration> inStatementsBefore(
      NodeList<Statement> statements, Node child, String name) {
    Optional<Declaration> latest = Optional.empty();
    for (Statement statement : statements) {
      if (statement == child) {
        break;
      }
      if (statement instanceof ExpressionStmt expression) {
        Optional<Declaration> found = inVariables(expression.getExpression(), name);
        if (found.isPresent()) {
          latest = found;
        }
      }
    }
    return latest;
  }

  private static Optional<Declaration> inVariables(Expression expression, String name) {
    if (expression instanceof VariableDeclarationExpr variables) {
      for (VariableDeclarator variable : variables.getVariables()) {
        if (variable.getNameAsString().equals(name)) {
          return Optional.of(
              new Declaration(variable, variable.getType(), variable.getInitializer(), false));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> parameter(NodeList<Parameter> parameters, String name) {
    return parameters.stream()
        .filter(p -> p.getNameAsString().equals(name))
        .findFirst()
        .map(p -> new Declaration(p, p.getType(), Optional.empty(), false));
  }

  private static Optional<Declaration> field(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(name)) {
          return Optional.of(
              new Declaration(variable, variable.getType(), variable.getInitializer(), true));
        }
      }
    }
    return Optional.empty();
  }
}
