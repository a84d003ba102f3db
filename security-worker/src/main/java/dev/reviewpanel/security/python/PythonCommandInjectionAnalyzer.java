package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * OS command injection (CWE-78) in Python: {@code os.system}, {@code os.popen} and {@code
 * subprocess.getoutput} with a non-constant command, and {@code subprocess.*} with {@code
 * shell=True} and a non-constant command. An argument list without a shell is the safe form.
 */
@Component
public class PythonCommandInjectionAnalyzer extends PythonTaintAnalyzer {

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
      Set.of(
          "os.system",
          "os.popen",
          "system",
          "popen",
          "subprocess.getoutput",
          "subprocess.getstatusoutput",
          "commands.getoutput",
          "os.popen2",
          "os.popen3",
          "asyncio.create_subprocess_shell",
          "pty.spawn");
  private static final java.util.regex.Pattern SHELLS =
      java.util.regex.Pattern.compile("['\"](/bin/|/usr/bin/)?(sh|bash|zsh|dash|ksh)['\"]");
  private static final Set<String> SUBPROCESS_RECEIVERS = Set.of("subprocess", "sp", "");
  private static final Set<String> SUBPROCESS_FUNCTIONS =
      Set.of("run", "call", "Popen", "check_output", "check_call", "create_subprocess_exec");

  @Override
  public String name() {
    return "python-command-injection";
  }

  @Override
  boolean untrustedEntryPoints() {
    return true;
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    boolean shell =
        SHELL_FUNCTIONS.contains(call.qualifiedName())
            || (SUBPROCESS_RECEIVERS.contains(call.receiver())
                && SUBPROCESS_FUNCTIONS.contains(call.name())
                && call.keyword("shell", tree).filter(v -> isTrue(v, taint)).isPresent());
    boolean shellList =
        SUBPROCESS_RECEIVERS.contains(call.receiver())
            && SUBPROCESS_FUNCTIONS.contains(call.name())
            && argument(call, 0, "args", tree).filter(a -> runsShell(a, tree)).isPresent();
    if ((shell || shellList)
        && argument(call, 0, "args", tree).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "OS command injection (CWE-78): untrusted data → shell command → "
              + call.qualifiedName()
              + "().");
    }
  }

  // ["sh", "-c", script] hands the script to a shell even without shell=True.
  private static boolean runsShell(TSNode arguments, SyntaxTree tree) {
    return arguments.getType().equals("list")
        && arguments.getNamedChildCount() > 2
        && SHELLS.matcher(tree.text(arguments.getNamedChild(0))).matches()
        && tree.text(arguments.getNamedChild(1)).matches("['\"]-c['\"]");
  }

  private static boolean isTrue(TSNode value, PythonTaint taint) {
    return value.getType().equals("true")
        || (value.getType().equals("identifier")
            && taint.values().valuesOf(value).stream().anyMatch(v -> v.getType().equals("true")));
  }
}
