package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Server-side request forgery (CWE-918) in Python: request data as the URL of {@code requests},
 * {@code httpx}, {@code urllib} or {@code aiohttp} calls.
 */
@Component
public class PythonSsrfAnalyzer extends PythonTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.ssrf",
          "ssrf",
          "CWE-918",
          Severity.HIGH,
          Confidence.MEDIUM,
          "Server-side request forgery",
          "Do not let input choose the host of an outgoing request: map it to a configured URL or"
              + " check scheme and host against an allow-list first.");

  private static final Set<String> CLIENTS = Set.of("requests", "httpx", "session", "client");
  private static final Set<String> VERBS =
      Set.of("get", "post", "put", "delete", "patch", "head", "options", "request", "stream");
  private static final Set<String> OPENERS = Set.of("urlopen", "Request", "urlretrieve");

  @Override
  public String name() {
    return "python-ssrf";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    String receiver = call.receiver();
    String last = receiver.substring(receiver.lastIndexOf('.') + 1).toLowerCase();
    boolean client = VERBS.contains(call.name()) && CLIENTS.stream().anyMatch(last::endsWith);
    boolean opener = OPENERS.contains(call.name());
    if (!client && !opener) {
      return;
    }
    int index = call.name().equals("request") ? 1 : 0;
    argument(call, index, "url", tree)
        .filter(taint::isTainted)
        .filter(
            url -> !PythonUrlPrefix.pinned(url, PythonUrlPrefix.FIXED_HOST, tree, taint.values()))
        .ifPresent(
            url ->
                report(
                    findings,
                    RULE,
                    call.node(),
                    "Server-side request forgery (CWE-918): request data → URL → "
                        + call.qualifiedName()
                        + "()."));
  }
}
