package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakCryptoAnalyzerTests {

  private final WeakCryptoAnalyzer analyzer = new WeakCryptoAnalyzer();
  private final Fixture fixture = Fixture.load("java/WeakCrypto.java", Language.JAVA);

  @Test
  void shouldSeparateWeakHashesFromWeakCiphers() {
    assertThat(fixture.findings(analyzer))
        .extracting(f -> f.ruleId() + " " + f.cwe())
        .containsOnly("java.weak-hash CWE-328", "java.weak-cipher CWE-327");
  }

  @Test
  void shouldKeepASensitiveDigestAtMediumAndLowerAPublicKeyFingerprintToLow() {
    List<Finding> findings = fixture.findings(analyzer);

    assertThat(fixture.findingFrom(findings, "passwordDigest(").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(fixture.findingFrom(findings, "keyMaterialDigest(").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(fixture.findingFrom(findings, "Signature.getInstance(\"SHA1withRSA\")").severity())
        .isEqualTo(Severity.MEDIUM);
    Finding fingerprint = fixture.findingFrom(findings, "hostKeyFingerprint(");
    assertThat(fingerprint.severity()).isEqualTo(Severity.LOW);
    assertThat(fingerprint.confidence()).isEqualTo(Confidence.LOW);
    assertThat(fingerprint.message())
        .contains("Reported at LOW", "says the digest is an identifier");
  }

  @Test
  void shouldLowerPostgresMd5AuthenticationButNotAStoredDigestOfTheSameData() {
    List<Finding> findings = fixture.findings(new WeakCryptoAnalyzer());

    Finding protocol = fixture.findingFrom(findings, "static byte[] encode(");
    assertThat(protocol.severity()).isEqualTo(Severity.LOW);
    assertThat(protocol.message()).contains("PostgreSQL's md5 authentication");
    assertThat(fixture.findingFrom(findings, "storedDigest(").severity())
        .isEqualTo(Severity.MEDIUM);
  }
}
