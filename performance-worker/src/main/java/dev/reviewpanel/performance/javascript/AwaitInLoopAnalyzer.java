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

/**
 * {@code await} inside a {@code for}/{@code for...of} loop over items: each iteration waits for the
 * previous one although the items are independent. Remote calls are left to the N+1 rule, and
 * {@code while} loops (polling, pagination) are left alone: they usually depend on the last result.
 */
@Component
public class AwaitInLoopAnalyzer extends NamedAnalyzer {

  // LOW: sequential awaits are often required (each step needs the previous one, or order
  // matters, as in middleware chains); a query or request per iteration is n-plus-one, at MEDIUM.
  static final Rule RULE =
      new Rule(
          "javascript.await-in-loop",
          "concurrency",
          null,
          Severity.LOW,
          Confidence.MEDIUM,
          "Sequential await inside a loop",
          "Start the independent operations together and await them once:"
              + " await Promise.all(items.map(async (item) => ...)), with a concurrency limit"
              + " (p-limit) for large lists.");

  private static final Set<String> ITEM_LOOPS = Set.of("for_statement", "for_in_statement");

  // The node types this analyzer looks at, from the file's shared walk.
  private static final Set<String> WALKED = Set.of("await_expression");

  public AwaitInLoopAnalyzer() {
    super("js-await-in-loop", Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT));
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    ScriptNodes.of(file)
        .forEach(
            WALKED,
            (node, nodeType) -> {
              if (nodeType.equals("await_expression") && !awaitsRemoteCall(tree, node)) {
                ScriptLoops.enclosing(tree, node, false)
                    .filter(loop -> ITEM_LOOPS.contains(loop.getType()))
                    .filter(loop -> !ScriptLoops.isForAwait(loop))
                    .ifPresent(
                        loop ->
                            findings.report(
                                RULE,
                                SyntaxTree.startLine(node),
                                "await makes each iteration of the loop at line %d wait for the previous one"
                                    .formatted(SyntaxTree.startLine(loop))));
              }
            });
  }

  private static boolean awaitsRemoteCall(SyntaxTree tree, TSNode await) {
    for (int i = 0; i < await.getNamedChildCount(); i++) {
      TSNode awaited = await.getNamedChild(i);
      if (awaited.getType().equals("call_expression")
          && ScriptCalls.remote(ScriptCalls.callee(tree, awaited)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
