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

  // A configuration value that itself says "do not verify": sslmode=no-verify, 'insecure'.
  private static final Pattern NO_VERIFY_VALUE =
      Pattern.compile(
          "['\"`](no|skip|dont|disable)[-_ ]?verif\\w*['\"`]|['\"`]insecure['\"`]"
              + "|['\"`]unverified['\"`]");

  // The option sits in a branch taken only for such a value: case 'no-verify': return {...}, or
  // if (this.ssl === 'no-verify') { this.ssl = {...} }.
  private static Optional<String> userOption(TSNode pair, SyntaxTree tree) {
    TSNode child = pair;
    for (TSNode n = pair.getParent(); !n.isNull(); child = n, n = n.getParent()) {
      String type = n.getType();
      if (type.equals("function_declaration")
          || type.equals("function_expression")
          || type.equals("arrow_function")
          || type.equals("method_definition")) {
        return Optional.empty();
      }
      TSNode test =
          type.equals("switch_case")
              ? n.getChildByFieldName("value")
              : type.equals("if_statement") && isConsequence(n, child)
                  ? n.getChildByFieldName("condition")
                  : null;
      if (test != null && !test.isNull()) {
        java.util.regex.Matcher value = NO_VERIFY_VALUE.matcher(tree.text(test));
        if (value.find()) {
          return Optional.of(value.group());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isConsequence(TSNode branch, TSNode child) {
    TSNode consequence = branch.getChildByFieldName("consequence");
    return !consequence.isNull() && consequence.getStartByte() == child.getStartByte();
  }

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
        Optional<String> option = userOption(node, tree);
        if (option.isPresent()) {
          report(
              findings,
              RULE.at(Severity.LOW, Confidence.MEDIUM),
              node,
              "TLS certificate verification disabled (CWE-295): "
                  + tree.text(key)
                  + " false, only where the configuration asks for "
                  + option.get()
                  + "; the library maps its user's explicit choice and verifies otherwise, so"
                  + " this is a note.");
          return;
        }
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
