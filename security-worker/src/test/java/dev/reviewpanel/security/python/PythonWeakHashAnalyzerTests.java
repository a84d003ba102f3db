package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A weak hash is MEDIUM where the names show what it guards is sensitive, LOW where its purpose is
 * not shown or the digest names public data (the fixture's identifiers and their look-alikes).
 */
class PythonWeakHashAnalyzerTests {

  private final Fixture fixture = Fixture.load("python/weak_hash.py", Language.PYTHON);
  private final List<Finding> findings = fixture.findings(new PythonWeakHashAnalyzer());

  @Test
  void shouldKeepAHashOfAPasswordPinKeyOrTokenAtMedium() {
    assertThat(at("def password_digest")).isEqualTo(Severity.MEDIUM);
    assertThat(at("def hash_pin")).isEqualTo(Severity.MEDIUM);
    assertThat(at("def digest_of(self, private_key)")).isEqualTo(Severity.MEDIUM);
    assertThat(at("def tokens_for")).isEqualTo(Severity.MEDIUM);
    // a helper whose caller makes a reset token of it
    assertThat(at("def fingerprint(values)")).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerAnIdentifierOfPublicDataToLowAndSayWhy() {
    for (String identifier :
        List.of(
            "def _expand", "def predicate_list", "def get_fingerprint", "def add_body_digest")) {
      Finding finding = findingAfter(identifier);
      assertThat(finding.severity()).as(identifier).isEqualTo(Severity.LOW);
      assertThat(finding.confidence()).as(identifier).isEqualTo(Confidence.LOW);
      assertThat(finding.message()).as(identifier).contains("Reported at LOW");
    }
    assertThat(findingAfter("def get_fingerprint").message()).contains("'fingerprint'");
  }

  @Test
  void shouldLowerAHashAProtocolPrescribesToLowAndNameTheProtocol() {
    assertLowBecause("def digest_password", "HTTP Digest");
    assertLowBecause("def ntowf_v2", "NTLM");
    assertLowBecause("def oauth_params", "OAuth 1.0 body hash");
    assertLowBecause("def new_csrf_secret", "random bytes (os.urandom)");
    // MD4 of an ASCII password is not the NT hash; random bytes beside a password are not random
    assertThat(at("def lm_hash")).isEqualTo(Severity.MEDIUM);
    assertThat(at("def salted_password_hash")).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerTheHashOfANamedLegacySchemeButNotAnApplicationsOwnPasswordHash() {
    assertLowBecause("class UnsaltedMD5PasswordHasher", "it subclasses BasePasswordHasher");
    assertLowBecause("class postgres_md5", "it subclasses StaticHandler");
    assertLowBecause("def _raw_md5_crypt", "_raw_md5_crypt is its helper");
    assertThat(at("class UserPasswords")).isEqualTo(Severity.MEDIUM);
    assertThat(at("def _legacy_digest")).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerTheSignatureARemoteProviderDefinesButNotAPasswordHashBesideIt() {
    Fixture provider = Fixture.load("python/weak_hash_provider.py", Language.PYTHON);
    List<Finding> found = provider.findings(new PythonWeakHashAnalyzer());

    Finding signature = provider.findingFrom(found, "def user_data");
    assertThat(signature.severity()).isEqualTo(Severity.LOW);
    assertThat(signature.message())
        .contains("remote API the module calls (https://connect.example.ru)");
    assertThat(provider.findingFrom(found, "def local_password").severity())
        .isEqualTo(Severity.MEDIUM);
  }

  private void assertLowBecause(String definition, String reason) {
    Finding finding = findingAfter(definition);
    assertThat(finding.severity()).as(definition).isEqualTo(Severity.LOW);
    assertThat(finding.confidence()).as(definition).isEqualTo(Confidence.LOW);
    assertThat(finding.message()).as(definition).contains("Reported at LOW: ").contains(reason);
  }

  private Severity at(String definition) {
    return findingAfter(definition).severity();
  }

  private Finding findingAfter(String definition) {
    return fixture.findingFrom(findings, definition);
  }
}
