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
 * res.cookie(name, value, options)} without {@code secure: true} in literal options.
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
  private static final Pattern SECURE = Pattern.compile("\\bsecure\\s*:\\s*+(?!false\\b)");

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
        .filter(c -> RESPONSES.contains(c.receiver()) && c.name().equals("cookie"))
        .filter(c -> c.arguments().size() >= 2)
        .ifPresent(
            call -> {
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
                    "Cookie without the Secure flag (CWE-614): "
                        + call.qualifiedName()
                        + "() sets a cookie that may be sent over plain HTTP.");
              }
            });
  }
}
