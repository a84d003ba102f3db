package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import org.springframework.stereotype.Component;

/**
 * Cookie without the Secure flag (CWE-614) in Python: {@code response.set_cookie(...)} (Flask,
 * Django, Starlette) without {@code secure=True}. Three look-alikes stay quiet: a client cookie jar
 * storing a cookie object ({@code jar.set_cookie(cookie)}, one argument: http.cookiejar and
 * requests), a deletion (an empty value or WebOb's {@code None}, {@code max_age=0} or {@code
 * expires=0}: the cookie carries nothing), and a helper forwarding its caller's options ({@code
 * **kwargs}), whose flags are the caller's to set.
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

  // CookieJar.set_cookie(cookie): a client storing a cookie it received; servers pass key, value.
  private static boolean isCookieJar(PythonCall call) {
    return call.receiver().toLowerCase(java.util.Locale.ROOT).contains("jar")
        || call.positional().size() == 1 && call.keywords().isEmpty();
  }

  private static boolean deletes(PythonCall call, SyntaxTree tree) {
    boolean emptyValue =
        call.argument(1)
            .or(() -> call.keyword("value", tree))
            // WebOb's set_cookie(name, None) sets an empty value that expires at once
            .map(v -> tree.text(v).matches("[rbu]?(\"\"|'')|None"))
            .orElse(false);
    boolean expired =
        call.keyword("max_age", tree).or(() -> call.keyword("expires", tree)).stream()
            .anyMatch(v -> tree.text(v).equals("0"));
    return emptyValue || expired;
  }

  private static boolean forwardsOptions(PythonCall call) {
    return call.positional().stream().anyMatch(a -> a.getType().equals("dictionary_splat"));
  }

  @Override
  public String name() {
    return "python-insecure-cookie";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (!call.name().equals("set_cookie")
        || call.receiver().isEmpty()
        || isCookieJar(call)
        || deletes(call, tree)
        || forwardsOptions(call)) {
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
