package dev.reviewpanel.security.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.java.flow.Exposure;
import dev.reviewpanel.security.java.flow.MethodFlow;
import dev.reviewpanel.security.java.flow.ScopeText;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Code injection (CWE-94): request data reaching a script or expression interpreter as the code to
 * run: {@code ScriptEngine.eval}, SpEL {@code parseExpression}, {@code GroovyShell.evaluate},
 * {@code Eval.me}, {@code MVEL.eval}, OGNL, JEXL. Data passed as bindings or variables is safe.
 */
@Component
public class CodeInjectionAnalyzer extends JavaFlowAnalyzer {

  static final Rule RULE =
      new Rule(
          "java.code-injection",
          "injection",
          "CWE-94",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Code injection",
          "Never evaluate client text as code: keep the script or expression constant and pass"
              + " input as bindings or variables (SimpleEvaluationContext for SpEL), or map input"
              + " to a fixed set of operations.");

  // Interpreter entry points whose first argument is the code, by the receiver they need.
  private static final Map<String, Pattern> RECEIVERS =
      Map.of(
          "eval", Pattern.compile("(?i).*(engine|nashorn|script|mvel|eval|js|groovy).*"),
          "evaluate", Pattern.compile("(?i).*(shell|groovy).*"),
          "parse", Pattern.compile("(?i).*(groovyshell|shell).*"),
          "compile", Pattern.compile("(?i).*(engine|compilable).*"),
          "me", Pattern.compile("Eval"),
          "getValue", Pattern.compile("Ognl"),
          "createExpression", Pattern.compile("(?i).*jexl.*"),
          "createScript", Pattern.compile("(?i).*jexl.*"));
  // Names only expression languages use: any receiver.
  private static final Set<String> EXPRESSION_PARSERS =
      Set.of(
          "parseExpression",
          "parseRaw",
          "compileExpression",
          "executeExpression",
          "parseScript",
          "evaluateExpression");

  @Override
  public String name() {
    return "java-code-injection";
  }

  @Override
  void inspect(MethodFlow method, Findings findings) {
    for (MethodCallExpr call : method.own(MethodCallExpr.class)) {
      if (call.getArguments().isEmpty() || !isInterpreter(call, method)) {
        continue;
      }
      Expression code = call.getArgument(0);
      if (method.flowOf(code).exposedTo(Exposure.CODE)) {
        String receiver = ScopeText.simpleOf(call);
        reportTaint(
            findings,
            RULE,
            call,
            method,
            code,
            Exposure.CODE,
            (receiver.isEmpty() ? "" : receiver + ".") + call.getNameAsString() + " (run as code)");
      }
    }
  }

  private static boolean isInterpreter(MethodCallExpr call, MethodFlow method) {
    String name = call.getNameAsString();
    if (EXPRESSION_PARSERS.contains(name)) {
      return true;
    }
    Pattern receiver = RECEIVERS.get(name);
    if (receiver == null || call.getScope().isEmpty()) {
      return false;
    }
    Expression scope = call.getScope().get();
    if (scope.isObjectCreationExpr()) {
      return receiver.matcher(scope.asObjectCreationExpr().getType().getNameAsString()).matches();
    }
    String root = MethodFlow.rootName(scope).orElse("");
    String type = method.typeOf(root).orElse("");
    return receiver.matcher(root).matches()
        || receiver.matcher(type).matches()
        || receiver.matcher(ScopeText.simpleOf(call)).matches();
  }
}
