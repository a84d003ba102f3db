package dev.reviewpanel.performance.python;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * A database query or HTTP request per loop iteration or comprehension element (N+1). In a schema
 * migration or a management command, code an operator runs once rather than every request, it is
 * LOW: a slow one-off is no slow page.
 */
@Component
public class PythonQueryInLoopAnalyzer implements Analyzer {

  static final Rule RULE =
      new Rule(
          "python.n-plus-one",
          "n-plus-one",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Database or HTTP call inside a loop",
          "Fetch everything in one round-trip before the loop (WHERE id IN (...),"
              + " filter(id__in=...), select_related/prefetch_related, executemany or a bulk"
              + " endpoint) and look items up in a dict inside it.");

  // Django's migrations/ and management/commands/, Alembic's versions/: run once by an operator.
  private static final Pattern ONE_OFF =
      Pattern.compile("(^|/)(migrations|management/commands|alembic/versions)/");

  @Override
  public String name() {
    return "python-n-plus-one";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.PYTHON);
  }

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call");

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    Rule rule =
        ONE_OFF.matcher(file.path()).find() ? RULE.at(Severity.LOW, Confidence.MEDIUM) : RULE;
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (nodeType.equals("call")) {
                check(tree, node, rule, findings);
              }
            });
  }

  private static void check(SyntaxTree tree, TSNode call, Rule rule, Findings findings) {
    String callee = PythonCalls.callee(tree, call);
    PythonCalls.remote(callee)
        .ifPresent(
            kind ->
                PythonLoops.enclosing(call)
                    .ifPresent(
                        loop ->
                            findings.report(
                                rule,
                                SyntaxTree.startLine(call),
                                "%s call %s() runs once per iteration of the loop at line %d"
                                    .formatted(kind, callee, SyntaxTree.startLine(loop)))));
  }
}
