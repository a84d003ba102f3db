package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import org.springframework.stereotype.Component;

/**
 * Cookie without the Secure flag (CWE-614) in Python: {@code response.set_cookie(...)} (Flask,
 * Django, Starlette) without {@code secure=True}.
 */
@Component
public class PythonInsecureCookieAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.insecure-cookie",
          "insecure-cookie",
          "CWE-614",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Cookie without the Secure flag",
          "Pass secure=True and httponly=True (and samesite) to set_cookie, so the cookie never"
              + " travels over plain HTTP.");

  @Override
  public String name() {
    return "python-insecure-cookie";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (!call.name().equals("set_cookie") || call.receiver().isEmpty()) {
      return;
    }
    boolean secure =
        call.keyword("secure", tree).filter(v -> !v.getType().equals("false")).isPresent();
    if (!secure) {
      report(
          findings,
          RULE,
          call.node(),
          "Cookie without the Secure flag (CWE-614): "
              + call.qualifiedName()
              + "() sets a cookie that may be sent over plain HTTP.");
    }
  }
}
