package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One way a local variable receives a value: an initializer, an assignment, {@code +=}, a builder
 * {@code append}, a collection {@code add}/{@code put}, or a for-each over a collection.
 *
 * @param appends true when the value is concatenated to what the variable held ({@code +=})
 */
record Assignment(String target, Expression value, boolean appends) {

  private static final Set<String> MUTATORS =
      Set.of(
          "append", "insert", "add", "addAll", "put", "putAll", "push", "offer", "set", "command");

  static List<Assignment> collect(MethodFlow method, Set<Node> deadStores) {
    List<Assignment> all = new ArrayList<>();
    for (VariableDeclarationExpr declaration : method.own(VariableDeclarationExpr.class)) {
      declaration.getVariables().stream()
          .filter(v -> !deadStores.contains(v))
          .forEach(
              v ->
                  v.getInitializer()
                      .ifPresent(i -> all.add(new Assignment(v.getNameAsString(), i, false))));
    }
    for (AssignExpr assign : method.own(AssignExpr.class)) {
      if (assign.getTarget().isNameExpr() && !deadStores.contains(assign)) {
        boolean appends = assign.getOperator() == AssignExpr.Operator.PLUS;
        if (appends || assign.getOperator() == AssignExpr.Operator.ASSIGN) {
          all.add(
              new Assignment(
                  assign.getTarget().asNameExpr().getNameAsString(), assign.getValue(), appends));
        }
      }
    }
    for (ExpressionStmt statement : method.own(ExpressionStmt.class)) {
      // sb.append(a).append(b); as a statement: sb now also holds the whole chain's value.
      if (statement.getExpression() instanceof MethodCallExpr call && isMutatorChain(call)) {
        MethodFlow.rootName(call)
            .ifPresent(root -> all.add(new Assignment(root, mutatedValue(call), false)));
      }
    }
    for (ForEachStmt loop : method.own(ForEachStmt.class)) {
      loop.getVariable()
          .getVariables()
          .forEach(v -> all.add(new Assignment(v.getNameAsString(), loop.getIterable(), false)));
    }
    return all;
  }

  private static boolean isMutatorChain(MethodCallExpr call) {
    return MUTATORS.contains(call.getNameAsString());
  }

  // For append/insert the chain itself concatenates; for add/put the new element is what matters.
  private static Expression mutatedValue(MethodCallExpr call) {
    String name = call.getNameAsString();
    if ((name.equals("append") || name.equals("insert")) || call.getArguments().isEmpty()) {
      return call;
    }
    return call.getArguments().get(call.getArguments().size() - 1);
  }
}
