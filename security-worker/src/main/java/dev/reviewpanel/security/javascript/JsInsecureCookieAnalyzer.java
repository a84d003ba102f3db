package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Cookie without the Secure flag (CWE-614) in JavaScript/TypeScript: Express {@code
 * res.cookie(name, value, options)} and Next.js {@code cookies().set(name, value, options)} or
 * {@code response.cookies.set(...)} without {@code secure: true} in literal options (neither sets
 * it by default), and Koa {@code ctx.cookies.set(...)} whose literal options turn {@code secure} or
 * {@code httpOnly} off (Koa sets HttpOnly by default and Secure on HTTPS requests).
 */
@Component
public class JsInsecureCookieAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.insecure-cookie",
          "insecure-cookie",
          "CWE-614",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Cookie without the Secure flag",
          "Pass { secure: true, httpOnly: true, sameSite: 'lax' } to res.cookie so the cookie never"
              + " travels over plain HTTP.");

  private static final Set<String> RESPONSES = Set.of("res", "response", "resp");
  private static final Set<String> KOA_CONTEXTS = Set.of("ctx", "context", "this");
  private static final Pattern SECURE = Pattern.compile("\\bsecure\\s*:\\s*+(?!false\\b)");
  private static final Pattern TURNED_OFF =
      Pattern.compile("\\b(secure|httpOnly)\\s*:\\s*false\\b");

  @Override
  public String name() {
    return "js-insecure-cookie";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    maybeCall
        .filter(c -> c.arguments().size() >= 2)
        .ifPresent(
            call -> {
              if (isKoaCookie(call)) {
                boolean off =
                    call.argument(2)
                        .filter(o -> o.getType().equals("object"))
                        .map(o -> TURNED_OFF.matcher(tree.text(o)).find())
                        .orElse(false);
                if (off) {
                  report(
                      findings,
                      RULE,
                      node,
                      message(call, "turns the Secure or HttpOnly flag off, so the cookie"));
                }
              } else if (isResponseCookie(call)) {
                // Options built elsewhere (a variable, a spread) may well set secure: not ours to
                // say.
                boolean literalOrMissing =
                    call.argument(2).map(o -> o.getType().equals("object")).orElse(true);
                boolean secure =
                    call.argument(2).map(o -> SECURE.matcher(tree.text(o)).find()).orElse(false);
                if (literalOrMissing && !secure) {
                  report(
                      findings,
                      RULE,
                      node,
                      message(call, "sets a cookie without the Secure flag that"));
                }
              }
            });
  }

  private static String message(JsCall call, String what) {
    return "Cookie without the Secure flag (CWE-614): "
        + call.qualifiedName()
        + "() "
        + what
        + " may be sent over plain HTTP or read by scripts.";
  }

  // res.cookie(...) (Express); cookies().set(...) and res.cookies.set(...) (Next.js)
  private static boolean isResponseCookie(JsCall call) {
    if (call.name().equals("cookie")) {
      return RESPONSES.contains(call.receiver());
    }
    return call.name().equals("set")
        && (call.receiver().equals("cookies()")
            || call.receiver().endsWith(".cookies")
                && RESPONSES.contains(
                    call.receiver().substring(0, call.receiver().length() - ".cookies".length())));
  }

  private static boolean isKoaCookie(JsCall call) {
    return call.name().equals("set")
        && call.receiver().endsWith(".cookies")
        && KOA_CONTEXTS.contains(
            call.receiver().substring(0, call.receiver().length() - ".cookies".length()));
  }
}
