package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Summaries of the methods of one file, computed on first call: for each parameter, what the return
 * value carries when that parameter is untrusted. A helper returning its parameter passes taint on;
 * one that parses, encodes or replaces it does not.
 */
final class MethodSummaries {

  private final Map<String, MethodDeclaration> byNameAndArity = new HashMap<>();
  private final Set<String> overloaded = new HashSet<>();
  private final Map<MethodDeclaration, List<Flow>> summaries = new IdentityHashMap<>();
  private final Set<MethodDeclaration> inProgress = new HashSet<>();
  private final Function<TypeDeclaration<?>, FieldTable> tables;

  MethodSummaries(
      List<MethodDeclaration> methods, Function<TypeDeclaration<?>, FieldTable> tables) {
    this.tables = tables;
    for (MethodDeclaration method : methods) {
      String key = method.getNameAsString() + "/" + method.getParameters().size();
      if (byNameAndArity.putIfAbsent(key, method) != null) {
        overloaded.add(key);
      }
    }
    overloaded.forEach(byNameAndArity::remove);
  }

  /** The method of this file that {@code call} invokes, when that is unambiguous. */
  Optional<MethodDeclaration> calleeOf(MethodCallExpr call) {
    // helper(x), this.helper(x), new Inner().helper(x): the callee is declared in this file.
    boolean local =
        call.getScope().map(s -> s.isThisExpr() || s.isObjectCreationExpr()).orElse(true);
    MethodDeclaration callee =
        byNameAndArity.get(call.getNameAsString() + "/" + call.getArguments().size());
    if (!local || callee == null || callee.getBody().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(callee);
  }

  /** What the call returns given what its arguments carry, when the callee is in this file. */
  Optional<Flow> apply(MethodCallExpr call, Function<Expression, Flow> flowOf) {
    Optional<MethodDeclaration> found = calleeOf(call);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MethodDeclaration callee = found.get();
    Optional<List<Flow>> summary = summaryOf(callee);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    // The last entry is the return value when no argument carries request data.
    Flow result = summary.get().get(call.getArguments().size());
    for (int i = 0; i < call.getArguments().size(); i++) {
      Flow argument = flowOf.apply(call.getArgument(i));
      Flow through = summary.get().get(i);
      if (argument.dynamic() && through.dynamic()) {
        Set<Exposure> kept = new HashSet<>(argument.exposures());
        kept.retainAll(through.exposures());
        result = result.or(new Flow(true, argument.built() || through.built(), kept));
      }
    }
    return Optional.of(result);
  }

  private Optional<List<Flow>> summaryOf(MethodDeclaration callee) {
    if (summaries.containsKey(callee)) {
      return Optional.of(summaries.get(callee));
    }
    if (!inProgress.add(callee)) {
      return Optional.empty(); // recursion: fall back to the default treatment
    }
    try {
      FieldTable fields =
          callee.findAncestor(TypeDeclaration.class).map(t -> tables.apply(t)).orElse(null);
      if (fields == null) {
        return Optional.empty();
      }
      List<Flow> perParameter = new ArrayList<>();
      for (int i = 0; i <= callee.getParameters().size(); i++) {
        MethodFlow flow = new MethodFlow(callee, fields, this, i, List.of());
        Flow returned = Flow.CONSTANT;
        for (ReturnStmt statement : flow.own(ReturnStmt.class)) {
          if (statement.getExpression().isPresent()) {
            returned = returned.or(flow.flowOf(statement.getExpression().get()));
          }
        }
        perParameter.add(returned);
      }
      summaries.put(callee, perParameter);
      return Optional.of(perParameter);
    } finally {
      inProgress.remove(callee);
    }
  }
}
