package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Code injection (CWE-95) in Python: {@code eval} or {@code exec} of a non-constant string. */
@Component
public class PythonCodeInjectionAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.code-injection",
          "injection",
          "CWE-95",
          Severity.CRITICAL,
          Confidence.HIGH,
          "Code injection via eval/exec",
          "Never evaluate data as code: parse it (json.loads, ast.literal_eval for literals) or"
              + " dispatch through an explicit mapping of allowed operations.");

  private static final Set<String> EVALUATORS = Set.of("eval", "exec");

  @Override
  public String name() {
    return "python-code-injection";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (call.receiver().isEmpty()
        && EVALUATORS.contains(call.name())
        && call.argument(0).filter(a -> !values.isConstant(a)).isPresent()) {
      report(findings, RULE, call.node(), call.name() + "() runs a non-constant string as code.");
    }
  }
}
