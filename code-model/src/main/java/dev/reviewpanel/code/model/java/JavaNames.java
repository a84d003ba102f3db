package dev.reviewpanel.code.model.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java scope rules every analyzer shares: which declaration a simple name refers to at a node,
 * found by looking outwards through blocks, loop and try headers, pattern conditions, lambda, catch
 * and method parameters, then the fields of the enclosing classes (anonymous ones included) from
 * the innermost out. Read from the tree alone, without a symbol solver, so inherited fields and
 * names of other files stay unresolved.
 */
public final class JavaNames {

  private JavaNames() {}

  /**
   * The declaration of a variable reference, {@code x} or {@code this.x}, declared in this file.
   */
  public static Optional<JavaDeclaration> of(Expression reference) {
    if (reference instanceof NameExpr name) {
      return resolve(name.getNameAsString(), reference);
    }
    if (reference instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self) {
      return self.getTypeName().isPresent()
          ? resolve(access.getNameAsString(), reference).filter(JavaDeclaration::isField)
          : outwards(access.getNameAsString(), reference, true);
    }
    return Optional.empty();
  }

  /** The declaration {@code name} refers to at {@code at}, if it is declared in this file. */
  public static Optional<JavaDeclaration> resolve(String name, Node at) {
    return outwards(name, at, false);
  }

  // Walks from the use to the root; with ownClass (this.x), only the innermost class counts.
  private static Optional<JavaDeclaration> outwards(String name, Node at, boolean ownClass) {
    Node child = at;
    for (Node scope = at.getParentNode().orElse(null);
        scope != null;
        child = scope, scope = scope.getParentNode().orElse(null)) {
      boolean isClass = scope instanceof TypeDeclaration<?> || isAnonymousBody(scope, child);
      if (ownClass && !isClass) {
        continue;
      }
      Optional<JavaDeclaration> found = declaredIn(scope, child, name);
      if (found.isPresent() || ownClass) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JavaDeclaration> declaredIn(Node scope, Node child, String name) {
    if (scope instanceof BlockStmt block) {
      return JavaPatterns.precedingLocals(block.getStatements(), child, name);
    }
    if (scope instanceof SwitchEntry entry) {
      return JavaPatterns.inLabels(entry, name)
          .or(() -> JavaPatterns.precedingLocals(entry.getStatements(), child, name));
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
    if (scope instanceof ForEachStmt loop && child != loop.getIterable()) {
      return variables(Stream.of(loop.getVariable()), name);
    }
    if (scope instanceof ForStmt loop) {
      return variables(loop.getInitialization().stream(), name)
          .or(() -> JavaPatterns.whenTrue(loop.getCompare(), child, loop.getBody(), name));
    }
    if (scope instanceof TryStmt attempt && !(child instanceof CatchClause)) {
      // resources are in scope in the try block and later resources, not in finally
      return child == attempt.getFinallyBlock().orElse(null)
          ? Optional.empty()
          : variables(attempt.getResources().stream(), name);
    }
    if (scope instanceof SwitchNode choice) {
      return JavaPatterns.earlierEntries(choice, child, name);
    }
    if (scope instanceof IfStmt branch) {
      return JavaPatterns.inCondition(branch.getCondition(), child, branch, name);
    }
    if (scope instanceof WhileStmt loop) {
      return JavaPatterns.whenTrue(Optional.of(loop.getCondition()), child, loop.getBody(), name);
    }
    if (scope instanceof ConditionalExpr || scope instanceof BinaryExpr) {
      return JavaPatterns.inOperands((Expression) scope, child, name);
    }
    if (scope instanceof TypeDeclaration<?> type) {
      return field(type.getMembers(), name).or(() -> component(type, name));
    }
    if (isAnonymousBody(scope, child)) {
      return field(((ObjectCreationExpr) scope).getAnonymousClassBody().orElseThrow(), name);
    }
    return Optional.empty();
  }

  // the only members an object creation has are those of its anonymous class body
  private static boolean isAnonymousBody(Node scope, Node child) {
    return scope instanceof ObjectCreationExpr && child instanceof BodyDeclaration<?>;
  }

  static Optional<JavaDeclaration> variables(Stream<? extends Expression> exprs, String name) {
    return exprs
        .filter(VariableDeclarationExpr.class::isInstance)
        .flatMap(e -> ((VariableDeclarationExpr) e).getVariables().stream())
        .filter(v -> v.getNameAsString().equals(name))
        .findFirst()
        .map(v -> JavaDeclaration.of(v, JavaDeclaration.Kind.LOCAL));
  }

  // called for every statement before a use: no streams here, long methods make it hot
  static Optional<JavaDeclaration> localIn(Statement statement, String name) {
    if (statement instanceof ExpressionStmt expression
        && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
      for (VariableDeclarator variable : declaration.getVariables()) {
        if (variable.getNameAsString().equals(name)) {
          return Optional.of(JavaDeclaration.of(variable, JavaDeclaration.Kind.LOCAL));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<JavaDeclaration> parameter(List<Parameter> parameters, String name) {
    return parameters.stream()
        .filter(p -> p.getNameAsString().equals(name))
        .findFirst()
        .map(p -> JavaDeclaration.of(p, JavaDeclaration.Kind.PARAMETER));
  }

  private static Optional<JavaDeclaration> field(
      NodeList<BodyDeclaration<?>> members, String name) {
    return members.stream()
        .filter(FieldDeclaration.class::isInstance)
        .flatMap(f -> ((FieldDeclaration) f).getVariables().stream())
        .filter(v -> v.getNameAsString().equals(name))
        .findFirst()
        .map(JavaDeclaration::field);
  }

  private static Optional<JavaDeclaration> component(TypeDeclaration<?> type, String name) {
    return type instanceof RecordDeclaration record
        ? parameter(record.getParameters(), name)
            .map(
                p ->
                    new JavaDeclaration(
                        JavaDeclaration.Kind.FIELD, p.node(), p.type(), p.initializer()))
        : Optional.empty();
  }
}
