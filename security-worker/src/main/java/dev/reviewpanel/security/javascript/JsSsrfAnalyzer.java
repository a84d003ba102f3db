package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Server-side request forgery (CWE-918) in JavaScript/TypeScript: request data as the URL of {@code
 * fetch}, {@code axios}, {@code got}, {@code http(s).get/request}, {@code needle}.
 */
@Component
public class JsSsrfAnalyzer extends JsTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.ssrf",
          "ssrf",
          "CWE-918",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Server-side request forgery",
          "Do not let input choose the host of an outgoing request: map it to a configured URL or"
              + " check the parsed URL's protocol and host against an allow-list first.");

  private static final Set<String> FUNCTIONS = Set.of("fetch", "axios", "got", "request", "needle");
  private static final Set<String> CLIENTS =
      Set.of("axios", "got", "http", "https", "needle", "superagent", "request", "ky");
  private static final Set<String> VERBS =
      Set.of("get", "post", "put", "delete", "patch", "head", "request", "stream");

  @Override
  public String name() {
    return "js-ssrf";
  }

  @Override
  void inspect(JsCall call, SyntaxTree tree, JsTaint taint, Findings findings) {
    boolean sink =
        call.receiver().isEmpty()
            ? FUNCTIONS.contains(call.name())
            : CLIENTS.contains(call.receiver()) && VERBS.contains(call.name());
    if (sink
        && !call.isNew()
        && call.argument(0)
            .filter(taint::isTainted)
            .filter(url -> !JsUrlPrefix.pinned(url, JsUrlPrefix.FIXED_HOST, tree, taint.values()))
            .isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Server-side request forgery (CWE-918): request data → URL → "
              + call.qualifiedName()
              + "().");
    }
  }
}
