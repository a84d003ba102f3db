package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What a loop's repetitions depend on, as far as the code shows. */
final class LoopBounds {

  private LoopBounds() {}

  /**
   * The varargs parameter a for-each loop walks ({@code for (Class c : annotations)} in {@code
   * m(Class... annotations)}): it runs once per argument written at the call, a fixed few.
   */
  static Optional<String> varargs(Loop loop) {
    if (!(loop.node() instanceof ForEachStmt each) || !(each.getIterable() instanceof NameExpr)) {
      return Optional.empty();
    }
    return JavaNames.of(each.getIterable())
        .filter(d -> d.node() instanceof Parameter parameter && parameter.isVarArgs())
        .map(d -> each.getIterable().toString());
  }

  /** The variables a loop binds per iteration: the for-each item, the index, a lambda's items. */
  static Set<String> variables(Loop loop) {
    Set<String> names = new HashSet<>();
    Node node = loop.node();
    if (node instanceof ForEachStmt each) {
      each.getVariable().getVariables().forEach(v -> names.add(v.getNameAsString()));
    } else if (node instanceof ForStmt each) {
      each.getInitialization().stream()
          .filter(VariableDeclarationExpr.class::isInstance)
          .flatMap(i -> ((VariableDeclarationExpr) i).getVariables().stream())
          .forEach(v -> names.add(v.getNameAsString()));
    } else if (node instanceof MethodCallExpr call) {
      call.getArguments().stream()
          .filter(LambdaExpr.class::isInstance)
          .flatMap(l -> ((LambdaExpr) l).getParameters().stream())
          .forEach(p -> names.add(p.getNameAsString()));
    }
    return names;
  }

  /** The first of {@code variables} that {@code expression} reads, if any. */
  static Optional<String> reads(Expression expression, Set<String> variables) {
    if (expression instanceof NameExpr name && variables.contains(name.getNameAsString())) {
      return Optional.of(name.getNameAsString());
    }
    return expression.findAll(NameExpr.class, n -> variables.contains(n.getNameAsString())).stream()
        .map(NameExpr::getNameAsString)
        .findFirst();
  }
}
