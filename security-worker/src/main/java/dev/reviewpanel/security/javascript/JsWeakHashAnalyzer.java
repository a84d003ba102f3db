package dev.reviewpanel.security.javascript;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.HashPurpose;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.treesitter.TSNode;

/**
 * Weak hashes (CWE-328): Node's {@code crypto.createHash('md5'|'sha1')} and CryptoJS MD5/SHA1;
 * MEDIUM where the names show a sensitive use, LOW otherwise ({@link HashPurpose.Proof}).
 */
@Component
public class JsWeakHashAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.weak-hash",
          "crypto",
          "CWE-328",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak hash algorithm",
          "Use createHash('sha256') or stronger; for passwords use crypto.scrypt, bcrypt or"
              + " argon2.");

  private static final Set<String> WEAK = Set.of("md5", "sha1", "md4", "md2", "rsa-md5");

  // npm packages whose export is one weak hash function: require('md5')(text)
  private static final Pattern WEAK_PACKAGE =
      Pattern.compile(
          "^require\\(\\s*['\"`](md5|blueimp-md5|js-md5|md5-hex|sha1|js-sha1|crypto-js/md5"
              + "|crypto-js/sha1)['\"`]\\s*\\)$");

  @Override
  public String name() {
    return "js-weak-hash";
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
        .filter(call -> !call.isNew())
        // a cache key, an ETag, the WebSocket accept key: no security use, or the protocol's own
        .filter(call -> HashPurpose.nonSecurity(tree, node).isEmpty())
        .ifPresent(
            call -> {
              if (call.name().equals("createHash")) {
                call.argument(0)
                    .flatMap(values::stringValue)
                    .filter(algorithm -> WEAK.contains(algorithm.toLowerCase(Locale.ROOT)))
                    .ifPresent(
                        algorithm ->
                            reportWeak(
                                findings,
                                tree,
                                node,
                                algorithm,
                                "createHash('" + algorithm + "') is broken for security use."));
              } else if (call.receiver().isEmpty()) {
                TSNode callee = node.getChildByFieldName("function");
                if (!callee.isNull() && callee.getType().equals("identifier")) {
                  values.valuesOf(callee).stream()
                      .map(tree::text)
                      .map(WEAK_PACKAGE::matcher)
                      .filter(Matcher::matches)
                      .findFirst()
                      .ifPresent(
                          m ->
                              reportWeak(
                                  findings,
                                  tree,
                                  node,
                                  m.group(1).contains("md5") ? "md5" : "sha1",
                                  call.name()
                                      + "() of the npm package '"
                                      + m.group(1)
                                      + "' is a weak hash, broken for security use."));
                }
              } else if (call.receiver().equals("CryptoJS")
                  && (call.name().equals("MD5") || call.name().equals("SHA1"))) {
                reportWeak(
                    findings,
                    tree,
                    node,
                    call.name(),
                    "CryptoJS." + call.name() + " is broken for security use.");
              }
            });
  }

  // MEDIUM where the names show a sensitive use, LOW otherwise
  private static void reportWeak(
      Findings findings, SyntaxTree tree, TSNode node, String algorithm, String fact) {
    HashPurpose.Proof proof = HashPurpose.proof(tree, node, algorithm);
    report(findings, proof.rule(RULE), node, proof.message(fact));
  }
}
