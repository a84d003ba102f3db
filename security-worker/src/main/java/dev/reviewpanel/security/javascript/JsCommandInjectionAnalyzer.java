package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.TreeNodes;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * OS command injection (CWE-78) in Node: {@code child_process.exec}/{@code execSync} (through the
 * module, a namespace import or a destructured import) given a command built from data with a
 * template or concatenation. {@code execFile}/{@code spawn} with an argument array are safe.
 */
@Component
public class JsCommandInjectionAnalyzer extends JsTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.command-injection",
          "injection",
          "CWE-78",
          Severity.CRITICAL,
          Confidence.HIGH,
          "OS command injection",
          "Use execFile or spawn with a fixed executable and an argument array (no shell), and"
              + " validate arguments against an allow-list.");

  private static final Set<String> SHELL_RUNNERS = Set.of("exec", "execSync");
  private static final java.util.regex.Pattern SHELLS =
      java.util.regex.Pattern.compile(
          "['\"`](/bin/|/usr/bin/)?(sh|bash|zsh|dash|cmd(\\.exe)?)['\"`]");
  private static final Set<String> SPAWNERS =
      Set.of("spawn", "spawnSync", "execFile", "execFileSync");

  @Override
  public String name() {
    return "js-command-injection";
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    if (file.content().contains("child_process")) {
      super.analyze(file, findings);
    }
  }

  @Override
  boolean untrustedEntryPoints() {
    return true;
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (call.isNew()
        || !(call.receiver().isEmpty()
            || call.receiver().matches("require\\(\\s*['\"](node:)?child_process['\"]\\s*\\)")
            || modules(tree).contains(call.receiver()))
        || !(SHELL_RUNNERS.contains(call.name())
            || (SPAWNERS.contains(call.name())
                && (shellOption(call, tree) || shellScript(call, tree))))) {
      return;
    }
    boolean tainted =
        SHELL_RUNNERS.contains(call.name())
            ? call.argument(0).filter(taint::isTainted).isPresent()
            : call.argument(0).filter(taint::isTainted).isPresent()
                || call.argument(1)
                    .filter(a -> a.getType().equals("array"))
                    .filter(taint::isTainted)
                    .isPresent();
    if (tainted) {
      report(
          findings,
          RULE,
          call.node(),
          "OS command injection (CWE-78): untrusted data → shell command → "
              + call.qualifiedName()
              + "().");
    }
  }

  // spawn('sh', ['-c', script]) hands the script to a shell too.
  private static boolean shellScript(JsCall call, SyntaxTree tree) {
    return SPAWNERS.contains(call.name())
        && call.argument(0)
            .map(tree::text)
            .filter(command -> SHELLS.matcher(command).matches())
            .isPresent()
        && call.argument(1)
            .filter(a -> a.getType().equals("array") && a.getNamedChildCount() > 1)
            .filter(a -> tree.text(a.getNamedChild(0)).matches("['\"`]/?-c['\"`]"))
            .isPresent();
  }

  // spawn(cmd, args, { shell: true }) runs through a shell like exec.
  private static boolean shellOption(JsCall call, SyntaxTree tree) {
    return call.arguments().stream()
        .filter(a -> a.getType().equals("object"))
        .map(tree::text)
        .anyMatch(text -> text.matches("(?s).*\\bshell\\s*:\\s*(true|['\"`][^'\"`]+['\"`]).*"));
  }

  // Names bound to the child_process module: require('child_process') or import * as cp.
  private static Set<String> modules(SyntaxTree tree) {
    Set<String> names = new HashSet<>(Set.of("child_process", "childProcess"));
    TreeNodes.of(tree.root())
        .forEach(
            (n, type) -> {
              if (type.equals("variable_declarator")) {
                TSNode name = n.getChildByFieldName("name");
                TSNode value = n.getChildByFieldName("value");
                if (!name.isNull()
                    && !value.isNull()
                    && name.getType().equals("identifier")
                    && tree.text(value).contains("child_process")) {
                  names.add(tree.text(name));
                }
              } else if (type.equals("import_statement")
                  && tree.text(n).contains("child_process")) {
                SyntaxTree.walk(
                    n,
                    m -> {
                      if (m.getType().equals("namespace_import") && m.getNamedChildCount() > 0) {
                        names.add(tree.text(m.getNamedChild(0)));
                      }
                    });
              }
            });
    return names;
  }
}
