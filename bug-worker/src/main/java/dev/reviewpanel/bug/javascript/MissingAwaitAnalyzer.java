package dev.reviewpanel.bug.javascript;

import dev.reviewpanel.bug.syntax.NodeQuery;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.NamedAnalyzer;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Promises used as if they were their results inside async functions ({@code const r = fetch(u);
 * r.json()}, {@code if (isValid(x))}), and promises nobody awaits or handles (an async call as a
 * statement without await, then/catch or void).
 */
@Component
class MissingAwaitAnalyzer extends NamedAnalyzer {

  static final Rule MISSING_AWAIT =
      new Rule(
          "javascript.missing-await",
          "correctness",
          null,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Promise used without await",
          "Add await before the call; without it the code works on a pending Promise, which is"
              + " always truthy and has none of the result's properties.");

  static final Rule FLOATING_PROMISE =
      new Rule(
          "javascript.floating-promise",
          "error-handling",
          "CWE-755",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Promise neither awaited nor handled",
          "Await the call, return it, or attach .catch(); mark deliberate fire-and-forget calls"
              + " with void. A rejected floating promise is an unhandled rejection.");

  private static final Set<Language> LANGUAGES = Set.of(Language.JAVASCRIPT, Language.TYPESCRIPT);

  private final NodeQuery declarationsAndCalls =
      new NodeQuery(
          LANGUAGES,
          "function_declaration",
          "method_definition",
          "variable_declarator",
          "pair",
          "call_expression");

  MissingAwaitAnalyzer() {
    super("javascript-missing-await", LANGUAGES);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    SyntaxTree tree = file.syntaxTree();
    AsyncFunctions async =
        new AsyncFunctions(tree, new PromiseModules(file.content()), ImportedAsync.of(file));
    List<TSNode> calls = new ArrayList<>();
    declarationsAndCalls.forEach(
        file,
        node -> {
          async.collect(node);
          if (node.getType().equals("call_expression")) {
            calls.add(node);
          }
        });
    calls.stream()
        .filter(async::returnsPromise)
        .forEach(call -> new PromiseUse(tree, findings, async).check(call));
  }
}
