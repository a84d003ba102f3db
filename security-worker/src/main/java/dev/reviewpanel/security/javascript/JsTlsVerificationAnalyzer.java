package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * TLS certificate verification turned off (CWE-295): {@code rejectUnauthorized: false}, {@code
 * strictSSL: false}, or {@code NODE_TLS_REJECT_UNAUTHORIZED} set to 0 for the whole process.
 */
@Component
public class JsTlsVerificationAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.tls-verification-disabled",
          "tls-verification-disabled",
          "CWE-295",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "TLS certificate verification disabled",
          "Keep verification on; trust a private CA with the ca option (or NODE_EXTRA_CA_CERTS)"
              + " instead of turning checks off.");

  private static final Pattern OPTION =
      Pattern.compile("rejectUnauthorized|strictSSL|['\"](rejectUnauthorized|strictSSL)['\"]");
  private static final Pattern ENV_OFF = Pattern.compile("['\"`]?0['\"`]?|false");

  @Override
  public String name() {
    return "js-tls-verification";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    if (type.equals("pair")) {
      TSNode key = node.getChildByFieldName("key");
      TSNode value = node.getChildByFieldName("value");
      if (OPTION.matcher(tree.text(key)).matches() && value.getType().equals("false")) {
        report(
            findings,
            RULE,
            node,
            "TLS certificate verification disabled (CWE-295): "
                + tree.text(key)
                + " false accepts any certificate.");
      }
    } else if (type.equals("assignment_expression")) {
      String target = tree.text(node.getChildByFieldName("left"));
      if (target.endsWith("NODE_TLS_REJECT_UNAUTHORIZED")
          && ENV_OFF.matcher(tree.text(node.getChildByFieldName("right"))).matches()) {
        report(
            findings,
            RULE,
            node,
            "TLS certificate verification disabled (CWE-295): NODE_TLS_REJECT_UNAUTHORIZED=0"
                + " turns it off for every connection of the process.");
      }
    }
  }
}
