package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.syntax.HashPurpose;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Weak hashes (CWE-328) in Python: {@code hashlib.md5}, {@code hashlib.sha1} and {@code
 * hashlib.new("md5")}, unless declared non-security with {@code usedforsecurity=False} or named for
 * a use that needs no collision resistance or that a protocol prescribes ({@link HashPurpose}:
 * cache keys, ETags, WebSocket accept keys, HTTP Digest authentication).
 */
@Component
public class PythonWeakHashAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.weak-hash",
          "crypto",
          "CWE-328",
          Severity.MEDIUM,
          Confidence.HIGH,
          "Weak hash algorithm",
          "Use hashlib.sha256 or stronger; for passwords use hashlib.scrypt, bcrypt or argon2. If"
              + " the hash is not for security, say so with usedforsecurity=False.");

  private static final Set<String> WEAK = Set.of("md5", "sha1", "md4", "md2");

  @Override
  public String name() {
    return "python-weak-hash";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    if (!call.receiver().equals("hashlib")) {
      return;
    }
    String algorithm =
        call.name().equals("new")
            ? call.argument(0).map(tree::text).map(PythonWeakHashAnalyzer::unquote).orElse("")
            : call.name();
    boolean declaredNonSecurity =
        call.keyword("usedforsecurity", tree).filter(v -> v.getType().equals("false")).isPresent();
    if (WEAK.contains(algorithm.toLowerCase(Locale.ROOT))
        && !declaredNonSecurity
        && HashPurpose.nonSecurity(tree, call.node()).isEmpty()) {
      report(findings, RULE, call.node(), "hashlib " + algorithm + " is broken for security use.");
    }
  }

  private static String unquote(String literal) {
    return literal.replaceAll("^[rbuRBU]*['\"]+|['\"]+$", "");
  }
}
