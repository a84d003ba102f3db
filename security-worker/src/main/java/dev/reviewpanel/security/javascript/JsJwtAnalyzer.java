package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * JWT accepted or issued without a signature (CWE-347): the {@code none} algorithm in the options
 * of {@code jwt.verify}/{@code jwt.sign}, {@code jwt.verify} without a key, or claims read with
 * {@code jwt.decode}, which checks no signature, when the same token is not verified afterwards.
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

  static final Rule DECODE_RULE = RULE.at(Severity.MEDIUM, Confidence.MEDIUM);

  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "arrow_function",
          "method_definition",
          "generator_function_declaration");

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
        .filter(c -> c.name().equals("decode"))
        .filter(call -> !optionsBag(call))
        .filter(call -> !verifiedLater(call, tree))
        .ifPresent(
            call ->
                report(
                    findings,
                    DECODE_RULE,
                    node,
                    "JWT signature not verified (CWE-347): jwt.decode() reads the claims of "
                        + call.argument(0).map(tree::text).orElse("the token")
                        + " without checking its signature, and the token is not verified after;"
                        + " anyone can forge claims that code trusts."));
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

  // jsonwebtoken's decode(token[, options]) takes the token first; decode({ token, secret }) is
  // another library's codec (Auth.js decrypts its session token with the secret it is given)
  private static boolean optionsBag(JsCall call) {
    return call.argument(0).map(a -> a.getType().equals("object")).orElse(false);
  }

  // decode to read the header (the key id), then verify the same token: a peek, not a trust
  private static boolean verifiedLater(JsCall call, SyntaxTree tree) {
    String token = call.argument(0).map(tree::text).orElse(null);
    TSNode function = call.node();
    while (!function.isNull() && !FUNCTIONS.contains(function.getType())) {
      function = function.getParent();
    }
    if (token == null || function.isNull()) {
      return false;
    }
    String body = tree.text(function);
    String decode = tree.text(call.node());
    int after = body.indexOf(decode);
    return after >= 0
        && Pattern.compile("\\.verify\\s*\\(\\s*" + Pattern.quote(token) + "\\s*[,)]")
            .matcher(body.substring(after + decode.length()))
            .find();
  }
}
