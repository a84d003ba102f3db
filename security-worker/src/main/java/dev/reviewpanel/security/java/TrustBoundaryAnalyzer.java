package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Trust boundary violation (CWE-501): request data stored in the HTTP session, where later code
 * treats it as trusted server-side state.
 */
@Component
public class TrustBoundaryAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.trust-boundary",
          "trust-boundary",
          "CWE-501",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Trust boundary violation",
          "Validate request data before it enters the session, and keep trusted and untrusted"
              + " values apart (store an id you looked up, not what the client sent).");

  private static final Set<String> SESSION_WRITES = Set.of("setAttribute", "putValue");

  @Override
  public String name() {
    return "java-trust-boundary";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (!SESSION_WRITES.contains(call.getNameAsString())
          || call.getArguments().size() != 2
          || !isSession(method, call)) {
        continue;
      }
      for (Expression argument : call.getArguments()) {
        if (method.flowOf(argument).exposedTo(Exposure.SESSION)) {
          reportTaint(
              findings,
              RULE,
              call,
              method,
              argument,
              Exposure.SESSION,
              "HttpSession." + call.getNameAsString());
          break;
        }
      }
    }
  }

  private static boolean isSession(MethodFlow method, MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return false;
    }
    Expression scope = call.getScope().get();
    if (scope.isMethodCallExpr()) {
      return scope.asMethodCallExpr().getNameAsString().equals("getSession");
    }
    return MethodFlow.rootName(scope)
        .map(
            root ->
                method.typeOf(root).map(t -> t.endsWith("Session")).orElse(false)
                    || root.toLowerCase(Locale.ROOT).contains("session"))
        .orElse(false);
  }
}
