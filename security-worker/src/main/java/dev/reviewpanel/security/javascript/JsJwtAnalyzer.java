package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * JWT accepted or issued without a signature (CWE-347): the {@code none} algorithm in the options
 * of {@code jwt.verify}/{@code jwt.sign}, or {@code jwt.verify} without a key.
 */
@Component
public class JsJwtAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.jwt-none",
          "jwt-none",
          "CWE-347",
          Severity.CRITICAL,
          Confidence.HIGH,
          "JWT signature not verified",
          "Verify with a key and an explicit list of strong algorithms: jwt.verify(token, key,"
              + " { algorithms: ['RS256'] }); never allow 'none'.");

  private static final Pattern NONE = Pattern.compile("algorithms?\\s*:\\s*[^}]*['\"`]none['\"`]");

  @Override
  public String name() {
    return "js-jwt-none";
  }

  // Options kept in a local (const options = {...}) are read from what it was assigned.
  private static String optionsText(TSNode options, SyntaxTree tree, JsValues values) {
    if (!options.getType().equals("identifier")) {
      return tree.text(options);
    }
    StringBuilder text = new StringBuilder();
    values.valuesOf(options).forEach(v -> text.append(tree.text(v)).append('\n'));
    return text.toString();
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
        .filter(c -> c.receiver().toLowerCase(Locale.ROOT).endsWith("jwt"))
        .filter(c -> c.name().equals("verify") || c.name().equals("sign"))
        .ifPresent(
            call -> {
              boolean none =
                  call.argument(2)
                      .map(o -> optionsText(o, tree, values))
                      .map(t -> NONE.matcher(t.toLowerCase(Locale.ROOT)).find())
                      .orElse(false);
              boolean keyless =
                  call.name().equals("verify")
                      && call.argument(1)
                          .map(k -> k.getType().equals("null") || tree.text(k).equals("''"))
                          .orElse(false);
              if (none || keyless) {
                report(
                    findings,
                    RULE,
                    node,
                    "JWT signature not verified (CWE-347): jwt."
                        + call.name()
                        + "() allows unsigned tokens anyone can forge.");
              }
            });
  }
}
