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

  private Severity at(String definition) {
    return findingAfter(definition).severity();
  }

  private Finding findingAfter(String definition) {
    return fixture.findingFrom(findings, definition);
  }
}
