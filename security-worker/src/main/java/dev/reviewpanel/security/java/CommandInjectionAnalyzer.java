package dev.reviewpanel.security.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * OS command injection (CWE-78): request or environment data reaching {@code Runtime.exec} or a
 * {@code ProcessBuilder}. Constant command lines are safe.
 */
@Component
public class CommandInjectionAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.command-injection",
          "injection",
          "CWE-78",
          Severity.CRITICAL,
          Confidence.HIGH,
          "OS command injection",
          "Do not build commands from input: use a fixed executable and pass input as separate"
              + " arguments after strict allow-list validation, never through a shell (sh -c).");

  @Override
  public String name() {
    return "java-command-injection";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      boolean sink =
          name.equals("exec") || (name.equals("command") && isProcessBuilder(call, method));
      if (sink) {
        String target = name.equals("exec") ? "Runtime.exec" : "ProcessBuilder.command";
        check(method, call, call.getArguments(), target, findings);
      }
    }
    for (ObjectCreationExpr creation : method.own(ObjectCreationExpr.class)) {
      if (creation.getType().getNameAsString().equals("ProcessBuilder")) {
        check(method, creation, creation.getArguments(), "new ProcessBuilder", findings);
      }
    }
  }

  private static void check(
      MethodFlow method, Node sink, List<Expression> arguments, String what, Findings findings) {
    for (Expression argument : arguments) {
      if (method.flowOf(argument).exposedTo(Exposure.COMMAND)) {
        reportTaint(findings, RULE, sink, method, argument, Exposure.COMMAND, what);
        return;
      }
    }
  }

  private static boolean isProcessBuilder(MethodCallExpr call, MethodFlow method) {
    Expression scope = call.getScope().orElse(null);
    if (scope == null) {
      return false;
    }
    if (scope.isObjectCreationExpr()) {
      return scope.asObjectCreationExpr().getType().getNameAsString().equals("ProcessBuilder");
    }
    return MethodFlow.rootName(scope)
        .flatMap(method::typeOf)
        .map(type -> type.equals("ProcessBuilder") || type.equals("var"))
        .orElse(false);
  }
}
