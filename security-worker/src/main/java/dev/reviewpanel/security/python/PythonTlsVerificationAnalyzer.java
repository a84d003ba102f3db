package dev.reviewpanel.security.python;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SyntaxTree;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import org.springframework.stereotype.Component;

/**
 * TLS certificate verification turned off (CWE-295): {@code verify=False} on an HTTP client call,
 * {@code ssl._create_unverified_context()}, {@code cert_reqs=ssl.CERT_NONE}.
 */
@Component
public class PythonTlsVerificationAnalyzer extends PythonAnalyzer {

  static final Rule RULE =
      new Rule(
          "python.tls-verification-disabled",
          "tls-verification-disabled",
          "CWE-295",
          // MEDIUM: a fact rule; docs/findings.md keeps HIGH for a traced remote source.
          Severity.MEDIUM,
          Confidence.HIGH,
          "TLS certificate verification disabled",
          "Keep verification on; for a private CA pass verify=\"/path/to/ca.pem\" (or an"
              + " SSLContext loaded with it) instead of turning checks off.");

  @Override
  public String name() {
    return "python-tls-verification";
  }

  @Override
  void inspect(PythonCall call, SyntaxTree tree, PythonValues values, Findings findings) {
    boolean jwt = call.receiver().equals("jwt");
    boolean verifyOff =
        !jwt && call.keyword("verify", tree).filter(v -> v.getType().equals("false")).isPresent();
    boolean unverified = call.name().equals("_create_unverified_context");
    boolean certNone =
        call.keyword("cert_reqs", tree).filter(v -> tree.text(v).endsWith("CERT_NONE")).isPresent();
    if (verifyOff || unverified || certNone) {
      report(
          findings,
          RULE,
          call.node(),
          "TLS certificate verification disabled (CWE-295) in "
              + call.qualifiedName()
              + "(): any man in the middle can read and change the traffic.");
    }
  }
}
