package dev.reviewpanel.security.python;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * OS command injection (CWE-78) in Python: {@code os.system}, {@code os.popen} and {@code
 * subprocess.getoutput} with a non-constant command, and {@code subprocess.*} with {@code
 * shell=True} and a non-constant command. An argument list without a shell is the safe form.
 */
@Component
public class PythonCommandInjectionAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.command-injection",
          "injection",
          "CWE-78",
          Severity.CRITICAL,
          Confidence.HIGH,
          "OS command injection",
          "Pass an argument list without a shell: subprocess.run([\"ping\", \"-c\", \"1\", host]),"
              + " after validating the input against an allow-list.");

  private static final Set<String> SHELL_FUNCTIONS =
      Set.of("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput");
  private static final Set<String> SUBPROCESS_FUNCTIONS =
      Set.of("run", "call", "Popen", "check_output", "check_call");

  @Override
  public String name() {
    return "python-command-injection";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    boolean shell =
        SHELL_FUNCTIONS.contains(call.qualifiedName())
            || (call.receiver().equals("subprocess")
                && SUBPROCESS_FUNCTIONS.contains(call.name())
                && call.keyword("shell", tree).filter(v -> v.getType().equals("true")).isPresent());
    if (shell && call.argument(0).filter(a -> !values.isConstant(a)).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          call.qualifiedName() + "() runs a shell command built from non-constant data.");
    }
  }
}
