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
 * Weak ciphers (CWE-327) in JavaScript/TypeScript: Node's {@code createCipheriv} with DES, 3DES,
 * RC4, RC2, Blowfish or any ECB mode, the deprecated {@code createCipher} (MD5-derived key, no IV),
 * and CryptoJS {@code DES}/{@code TripleDES}/{@code RC4} or {@code mode.ECB}.
 */
@Component
public class JsWeakCipherAnalyzer extends JsAnalyzer {

  static final Rule RULE =
      new Rule(
          "javascript.weak-cipher",
          "crypto",
          "CWE-327",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak cipher or mode",
          "Use an authenticated cipher: crypto.createCipheriv('aes-256-gcm', key, iv) with a random"
              + " 12-byte IV, or chacha20-poly1305; never DES, RC4, Blowfish or ECB mode.");

  private static final Pattern WEAK =
      Pattern.compile(
          "^(des|des3|des-ede\\S*|des-\\S+|rc4\\S*|rc2\\S*|bf\\S*|blowfish|cast\\S*"
              + "|idea\\S*|seed\\S*|\\S+-ecb)$");
  private static final Set<String> CIPHERS = Set.of("createCipheriv", "createDecipheriv");
  private static final Set<String> CRYPTOJS_WEAK = Set.of("DES", "TripleDES", "RC4", "RC4Drop");

  @Override
  public String name() {
    return "js-weak-cipher";
  }

  @Override
  void inspect(
      TSNode node,
      String type,
      Optional<JsCall> maybeCall,
      SyntaxTree tree,
      JsValues values,
      Findings findings) {
    if (maybeCall.isEmpty() || maybeCall.get().isNew()) {
      return;
    }
    JsCall call = maybeCall.get();
    if (CIPHERS.contains(call.name()) || call.name().equals("createCipher")) {
      Optional<String> algorithm = call.argument(0).flatMap(values::stringValue);
      if (algorithm.filter(a -> WEAK.matcher(a.toLowerCase(Locale.ROOT)).matches()).isPresent()) {
        report(
            findings, RULE, node, "Cipher '" + algorithm.get() + "' is broken or leaks patterns.");
      } else if (call.name().equals("createCipher")
          && call.receiver().matches("crypto|\\w*[cC]rypto")) {
        report(findings, RULE, node, "createCipher derives its key with MD5 and uses no IV.");
      }
    } else if (call.receiver().matches("(CryptoJS|crypto-js|CryptoJs)\\.(\\w+)")
        && (call.name().equals("encrypt") || call.name().equals("decrypt"))
        && CRYPTOJS_WEAK.contains(call.receiver().substring(call.receiver().indexOf('.') + 1))) {
      report(findings, RULE, node, call.receiver() + " is a broken cipher.");
    } else if (call.receiver().startsWith("CryptoJS.")
        && call.arguments().stream().map(tree::text).anyMatch(a -> a.contains("mode.ECB"))) {
      report(findings, RULE, node, "CryptoJS in ECB mode leaks patterns of the plaintext.");
    }
  }
}
