package dev.reviewpanel.bug.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Optional;

/**
 * Finds the declaration a simple name refers to by looking outwards through the enclosing scopes,
 * without a symbol solver: enough to tell a local or parameter from a field, and to read its type.
 */
final class ScopedDeclarations {

  /** Where a name was declared. */
  enum Kind {
    LOCAL,
    PARAMETER,
    FIELD
  }

  /**
   * A declaration found in scope.
   *
   * @param type the declared type; null for an untyped lambda parameter
   * @param initializer the initial value of a variable, or null
   */
  record Declaration(Kind kind, Type type, Expression initializer) {

    /** True when the declared type is {@code String}, or {@code var} initialised with text. */
    boolean isString() {
      if (type == null) {
        return false;
      }
      if (type.isVarType()) {
        return initializer != null
            && (initializer.isStringLiteralExpr() || initializer.isTextBlockLiteralExpr());
      }
      String name = type.asString();
      return name.equals("String") || name.equals("java.lang.String");
    }
  }

  private ScopedDeclarations() {}

  /** The declaration of {@code name} visible at {@code use}, if it is declared in this file. */
  static Optional<Declaration> resolve(String name, Node use) {
    Node child = use;
    Optional<Node> parent = use.getParentNode();
    while (parent.isPresent()) {
      Node scope = parent.get();
      Optional<Declaration> found = declaredIn(scope, child, name);
      if (found.isPresent()) {
        return found;
      }
      child = scope;
      parent = scope.getParentNode();
    }
    return Optional.empty();
  }

  private static Optional<Declaration> declaredIn(Node scope, Node child, String name) {
    if (scope instanceof BlockStmt block) {
      return precedingLocals(block.getStatements(), child, name);
    }
    if (scope instanceof SwitchEntry entry) {
      return precedingLocals(entry.getStatements(), child, name);
    }
    if (scope instanceof CallableDeclaration<?> callable) {
      return parameter(callable.getParameters(), name);
    }
    if (scope instanceof LambdaExpr lambda) {
      return parameter(lambda.getParameters(), name);
    }
    if (scope instanceof CatchClause clause) {
      return parameter(List.of(clause.getParameter()), name);
    }
    if (scope instanceof ForEachStmt forEach && child == forEach.getBody()) {
      return variable(forEach.getVariable(), name, Kind.LOCAL);
    }
    if (scope instanceof ForStmt loop) {
      return variables(loop.getInitialization(), name);
    }
    if (scope instanceof TryStmt tryStmt) {
      return variables(tryStmt.getResources(), name);
    }
    if (scope instanceof TypeDeclaration<?> type) {
      return field(type, name);
    }
    return Optional.empty();
  }

  private static Optional<Declaration> precedingLocals(
      NodeList<Statement> statements, Node child, String name) {
    Optional<Declaration> latest = Optional.empty();
    for (Statement statement : statements) {
      if (statement == child) {
        break;
      }
      if (statement instanceof ExpressionStmt expression) {
        Optional<Declaration> found = variables(List.of(expression.getExpression()), name);
        latest = found.isPresent() ? found : latest;
      }
    }
    return latest;
  }

  private static Optional<Declaration> variables(List<? extends Expression> exprs, String name) {
    for (Expression expression : exprs) {
      if (expression instanceof VariableDeclarationExpr declaration) {
        Optional<Declaration> found = variable(declaration, name, Kind.LOCAL);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> variable(
      VariableDeclarationExpr declaration, String name, Kind kind) {
    return declarator(declaration.getVariables(), name, kind);
  }

  private static Optional<Declaration> declarator(
      List<VariableDeclarator> declarators, String name, Kind kind) {
    return declarators.stream()
        .filter(v -> v.getNameAsString().equals(name))
        .findFirst()
        .map(v -> new Declaration(kind, v.getType(), v.getInitializer().orElse(null)));
  }

  private static Optional<Declaration> parameter(List<Parameter> parameters, String name) {
    return parameters.stream()
        .filter(p -> p.getNameAsString().equals(name))
        .findFirst()
        .map(
            p ->
                new Declaration(
                    Kind.PARAMETER, p.getType().isUnknownType() ? null : p.getType(), null));
  }

  private static Optional<Declaration> field(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      Optional<Declaration> found = declarator(field.getVariables(), name, Kind.FIELD);
      if (found.isPresent()) {
        return found;
      }
    }
    if (type instanceof RecordDeclaration record) {
      return parameter(record.getParameters(), name)
          .map(p -> new Declaration(Kind.FIELD, p.type(), null));
    }
    return Optional.empty();
  }
}
