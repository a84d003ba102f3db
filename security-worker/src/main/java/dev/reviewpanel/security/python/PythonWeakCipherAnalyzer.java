package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Weak ciphers (CWE-327) in Python: PyCryptodome/PyCrypto {@code DES}, {@code DES3}, {@code ARC4},
 * {@code ARC2}, {@code Blowfish}, {@code CAST} and any cipher in {@code MODE_ECB};
 * pyca/cryptography {@code algorithms.TripleDES/ARC4/Blowfish/CAST5/IDEA/SEED} and {@code
 * modes.ECB()}; {@code pyDes}.
 */
@Component
public class PythonWeakCipherAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.weak-cipher",
          "crypto",
          "CWE-327",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak cipher or mode",
          "Use an authenticated cipher: AES-GCM or ChaCha20-Poly1305 (cryptography's AESGCM,"
              + " Fernet, or AES.new(key, AES.MODE_GCM)); never DES, RC4, Blowfish or ECB mode.");

  private static final Set<String> WEAK_MODULES =
      Set.of("DES", "DES3", "ARC4", "ARC2", "Blowfish", "CAST", "XOR");
  private static final Set<String> WEAK_ALGORITHMS =
      Set.of("TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA", "SEED", "DES");
  private static final Set<String> PYDES = Set.of("des", "triple_des");

  @Override
  public String name() {
    return "python-weak-cipher";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    String module = call.receiver().substring(call.receiver().lastIndexOf('.') + 1);
    if (call.name().equals("new") && WEAK_MODULES.contains(module)) {
      report(findings, RULE, call.node(), module + " is a broken cipher.");
    } else if (call.name().equals("new")
        && (call.positional().stream().map(tree::text).anyMatch(a -> a.endsWith("MODE_ECB"))
            || call.keyword("mode", tree).map(tree::text).orElse("").endsWith("MODE_ECB"))) {
      report(findings, RULE, call.node(), module + " in ECB mode leaks patterns of the plaintext.");
    } else if (module.equals("algorithms") && WEAK_ALGORITHMS.contains(call.name())) {
      report(findings, RULE, call.node(), call.name() + " is a broken cipher.");
    } else if (module.equals("modes") && call.name().equals("ECB")) {
      report(findings, RULE, call.node(), "ECB mode leaks patterns of the plaintext.");
    } else if (module.equals("pyDes") && PYDES.contains(call.name())) {
      report(findings, RULE, call.node(), "pyDes " + call.name() + " is a broken cipher.");
    }
  }
}
