package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsTlsVerificationAnalyzerTests {

  private final JsTlsVerificationAnalyzer analyzer = new JsTlsVerificationAnalyzer();

  @Test
  void shouldNoteVerificationTurnedOffOnlyForTheModeThatAsksForIt() {
    Fixture fixture = Fixture.load("javascript/tls_verification.js", Language.JAVASCRIPT);

    assertThat(fixture.findings(analyzer))
        .extracting(f -> f.location().startLine() + " " + f.severity())
        .containsExactlyInAnyOrder("4 MEDIUM", "6 MEDIUM", "20 LOW", "28 LOW", "30 MEDIUM");
  }
}
