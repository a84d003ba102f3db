package dev.reviewpanel.security.javascript;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.TreeNodes;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.ParsedFile;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * OS command injection (CWE-78) in Node: {@code child_process.exec}/{@code execSync} (through the
 * module, a namespace import or a destructured import) given a command built from data with a
 * template or concatenation. {@code execFile}/{@code spawn} with an argument array are safe.
 */
@Component
public class JsCommandInjectionAnalyzer extends JsAnalyzer {

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
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall
        .filter(call -> !call.isNew() && SHELL_RUNNERS.contains(call.name()))
        .filter(call -> call.receiver().isEmpty() || modules(tree).contains(call.receiver()))
        .filter(call -> call.argument(0).filter(values::isBuilt).isPresent())
        .ifPresent(
            call ->
                report(
                    findings,
                    RULE,
                    node,
                    call.qualifiedName()
                        + "() runs a shell command built from non-constant data."));
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
