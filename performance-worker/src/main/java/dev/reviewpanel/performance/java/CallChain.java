package dev.reviewpanel.performance.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.reviewpanel.code.model.java.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fluent chain a call belongs to, {@code root.a(..).b(..).c(..)}, from the innermost call
 * outwards, with what the source tells about the type flowing through it.
 */
record CallChain(List<MethodCallExpr> calls) {

  /** The whole chain around {@code member}: the calls it is built on and those built on it. */
  static CallChain of(MethodCallExpr member) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Optional<Expression> scope = member.getScope();
    while (scope.isPresent() && scope.get() instanceof MethodCallExpr inner) {
      calls.add(0, inner);
      scope = inner.getScope();
    }
    Node current = member;
    while (current instanceof MethodCallExpr call) {
      calls.add(call);
      Node up = call.getParentNode().orElse(null);
      current =
          up instanceof MethodCallExpr outer && outer.getScope().map(s -> s == call).orElse(false)
              ? up
              : null;
    }
    return new CallChain(calls);
  }

  /** Whether a call of the chain is named one of {@code names}. */
  boolean has(Set<String> names) {
    return calls.stream().anyMatch(call -> names.contains(call.getNameAsString()));
  }

  /** The calls named one of {@code names}. */
  List<MethodCallExpr> named(Set<String> names) {
    return calls.stream().filter(call -> names.contains(call.getNameAsString())).toList();
  }

  /** Whether the chain starts at one of {@code types} or at a variable declared as one. */
  boolean startsAt(Set<String> types) {
    return calls
        .get(0)
        .getScope()
        .map(
            root ->
                TypeNames.isOneOf(root, types)
                    || JavaNames.of(root).map(d -> types.contains(d.typeName())).orElse(false))
        .orElse(false);
  }

  /** Whether the chain is returned from a method declared to return one of {@code types}. */
  boolean returnedAs(Set<String> types) {
    MethodCallExpr top = calls.get(calls.size() - 1);
    return top.getParentNode().filter(p -> p instanceof ReturnStmt).isPresent()
        && top.findAncestor(MethodDeclaration.class)
            .map(
                m ->
                    m.getType() instanceof ClassOrInterfaceType type
                        && types.contains(type.getNameAsString()))
            .orElse(false);
  }
}
