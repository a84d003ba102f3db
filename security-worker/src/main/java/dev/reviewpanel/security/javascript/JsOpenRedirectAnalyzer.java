package dev.reviewpanel.security.javascript;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.worker.analysis.Findings;
import dev.reviewpanel.worker.analysis.Rule;
import dev.reviewpanel.worker.analysis.SyntaxTree;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Open redirect (CWE-601) in JavaScript/TypeScript: request data as the target of Express {@code
 * res.redirect} or Koa {@code ctx.redirect}.
 */
@Component
public class JsOpenRedirectAnalyzer extends JsTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.open-redirect",
          "redirect",
          "CWE-601",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Open redirect",
          "Redirect only to relative paths or allow-listed hosts, or map the input to a known"
              + " destination.");

  private static final Set<String> RECEIVERS = Set.of("res", "response", "resp", "ctx");

  @Override
  public String name() {
    return "js-open-redirect";
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    if (!RECEIVERS.contains(call.receiver()) || !call.name().equals("redirect")) {
      return;
    }
    // res.redirect(status, url) puts the target second.
    int index = call.arguments().size() > 1 ? 1 : 0;
    if (call.argument(index).filter(taint::isTainted).isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Open redirect (CWE-601): request data → redirect target → "
              + call.qualifiedName()
              + "().");
    }
  }
}
