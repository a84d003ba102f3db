package dev.reviewpanel.security.java.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the methods of one file pass to each other: per callee and parameter, the union of the
 * untrusted arguments at its call sites. Only arguments still exposed to some sink are kept, so a
 * helper called with clean values keeps its parameters opaque.
 */
final class CallerArguments {

  private CallerArguments() {}

  static Map<CallableDeclaration<?>, List<Flow>> of(
      List<MethodFlow> flows, MethodSummaries summaries) {
    Map<CallableDeclaration<?>, List<Flow>> incoming = new IdentityHashMap<>();
    for (MethodFlow flow : flows) {
      for (MethodCallExpr call : flow.own(MethodCallExpr.class)) {
        Optional<MethodDeclaration> callee = summaries.calleeOf(call);
        if (callee.isEmpty() || RequestHandlers.isHandler(callee.get())) {
          continue;
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
          Flow argument = flow.flowOf(call.getArgument(i));
          if (!argument.exposures().isEmpty()) {
            List<Flow> parameters =
                incoming.computeIfAbsent(
                    callee.get(),
                    k ->
                        new ArrayList<>(
                            Collections.nCopies(call.getArguments().size(), Flow.CONSTANT)));
            parameters.set(i, parameters.get(i).or(argument.derived()));
          }
        }
      }
    }
    return incoming;
  }
}
