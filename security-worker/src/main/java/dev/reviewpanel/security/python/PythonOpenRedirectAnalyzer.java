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
 * Open redirect (CWE-601) in Python: request data as the target of Flask {@code redirect}, Django
 * {@code redirect}/{@code HttpResponseRedirect} or FastAPI {@code RedirectResponse}.
 */
@Component
public class PythonOpenRedirectAnalyzer extends PythonTaintAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.open-redirect",
          "redirect",
          "CWE-601",
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Open redirect",
          "Redirect only to relative paths or allow-listed hosts (Django"
              + " url_has_allowed_host_and_scheme), or map the input to a known destination.");

  private static final Set<String> SINKS =
      Set.of(
          "redirect", "HttpResponseRedirect", "HttpResponsePermanentRedirect", "RedirectResponse");

  @Override
  public String name() {
    return "python-open-redirect";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonTaint taint, Findings findings) {
    if (SINKS.contains(call.name())
        && argument(call, 0, "url", tree)
            .filter(taint::isTainted)
            .filter(url -> !pinned(url, tree, taint))
            .isPresent()) {
      report(
          findings,
          RULE,
          call.node(),
          "Open redirect (CWE-601): request data → redirect target → " + call.name() + "().");
    }
  }

  private static boolean pinned(TSNode url, SyntaxTree tree, PythonTaint taint) {
    return PythonUrlPrefix.pinned(url, PythonUrlPrefix.RELATIVE, tree, taint.values())
        || PythonUrlPrefix.pinned(url, PythonUrlPrefix.FIXED_HOST, tree, taint.values());
  }
}
