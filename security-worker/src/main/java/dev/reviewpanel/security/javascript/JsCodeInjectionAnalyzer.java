package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Code injection (CWE-95) in JavaScript/TypeScript: {@code eval}, {@code new Function}, Node's
 * {@code vm.run*} with non-constant code, and {@code setTimeout}/{@code setInterval} given a built
 * string instead of a function.
 */
@Component
public class JsCodeInjectionAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.code-injection",
          "injection",
          "CWE-95",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Code injection via eval",
          "Never evaluate data as code: parse it with JSON.parse, or dispatch through an explicit"
              + " map of allowed functions; pass functions, not strings, to timers.");

  private static final Set<String> VM_RUNNERS =
      Set.of("runInNewContext", "runInThisContext", "runInContext", "compileFunction");
  private static final Set<String> TIMERS = Set.of("setTimeout", "setInterval");

  @Override
  public String name() {
    return "js-code-injection";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall.ifPresent(
        call -> {
          boolean global = call.receiver().isEmpty() || call.receiver().equals("window");
          if (call.isNew() && call.name().equals("Function")) {
            if (call.arguments().stream().anyMatch(a -> !values.isConstant(a))) {
              report(findings, RULE, node, "new Function() compiles non-constant code.");
            }
          } else if ((global && call.name().equals("eval"))
              || (call.receiver().equals("vm") && VM_RUNNERS.contains(call.name()))) {
            if (call.argument(0).filter(a -> !values.isConstant(a)).isPresent()) {
              report(findings, RULE, node, call.qualifiedName() + "() runs non-constant code.");
            }
          } else if (global
              && TIMERS.contains(call.name())
              && call.argument(0).filter(values::isBuilt).isPresent()) {
            report(findings, RULE, node, call.name() + "() evaluates a string built from data.");
          }
        });
  }
}
