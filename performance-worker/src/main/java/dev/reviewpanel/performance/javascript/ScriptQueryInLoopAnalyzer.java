package dev.reviewpanel.performance.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.syntax.ScriptNodes;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/** An HTTP request or database query per loop iteration or array-callback element (N+1). */
@Component
public class ScriptQueryInLoopAnalyzer extends NamedAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.n-plus-one",
          "n-plus-one",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Database or HTTP call inside a loop",
          "Fetch everything in one call before the loop (WHERE id IN (...), findMany({ where:"
              + " { id: { in: ids } } }), a bulk endpoint); if calls must stay separate, start"
              + " them together and await Promise.all(ids.map(...)).");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("call_expression");

  public ScriptQueryInLoopAnalyzer() {
    super("js-n-plus-one", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (nodeType.equals("call_expression")) {
                check(tree, node, findings);
              }
            });
  }

  private static void check(SyntaxTree tree, TSNode call, Findings findings) {
    String callee = ScriptCalls.callee(tree, call);
    ScriptCalls.remote(callee)
        .ifPresent(
            kind ->
                ScriptLoops.enclosing(tree, call, true)
                    .filter(loop -> !ScriptLoops.isConcurrentFanOut(tree, loop))
                    .ifPresent(
                        loop ->
                            findings.report(
                                RULE,
                                SyntaxTree.startLine(call),
                                "%s call %s() runs once per iteration of the loop at line %d"
                                    .formatted(kind, callee, SyntaxTree.startLine(loop)))));
  }
}
