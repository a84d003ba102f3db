package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsWeakHashAnalyzerTests {

  private final JsWeakHashAnalyzer analyzer = new JsWeakHashAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/weak_hash.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/weak_hash.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldKeepASensitiveHashAtMediumAndLowerAnIdentifierToLow() {
    Fixture fixture = Fixture.load("javascript/weak_hash.js", Language.JAVASCRIPT);
    List<Finding> findings = fixture.findings(analyzer);

    assertThat(fixture.findingFrom(findings, "function passwordDigest").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(fixture.findingFrom(findings, "function optionsDigest").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(fixture.findingFrom(findings, "function apiKeyFingerprint").severity())
        .isEqualTo(Severity.MEDIUM);
    // a helper whose caller names a signature
    assertThat(fixture.findingFrom(findings, "function digestOf").severity())
        .isEqualTo(Severity.MEDIUM);
    for (String identifier : List.of("function optionsHash", "function publicKeyFingerprint")) {
      Finding finding = fixture.findingFrom(findings, identifier);
      assertThat(finding.severity()).as(identifier).isEqualTo(Severity.LOW);
      assertThat(finding.confidence()).as(identifier).isEqualTo(Confidence.LOW);
      assertThat(finding.message()).as(identifier).contains("Reported at LOW");
    }
  }

  @Test
  void shouldLowerTheHashesOfMysqlAndPostgresAuthenticationButNotAPasswordDigestOfItsOwn() {
    Fixture fixture = Fixture.load("javascript/weak_hash.js", Language.JAVASCRIPT);
    List<Finding> findings = fixture.findings(analyzer);

    Finding mysql = fixture.findingFrom(findings, "function sha1(msg, msg1)");
    assertThat(mysql.severity()).isEqualTo(Severity.LOW);
    assertThat(mysql.message()).contains("MySQL's native password authentication");
    Finding postgres = fixture.findingFrom(findings, "function pgMd5");
    assertThat(postgres.severity()).isEqualTo(Severity.LOW);
    assertThat(postgres.message()).contains("PostgreSQL's md5 authentication");
    assertThat(fixture.findingFrom(findings, "function storedPasswordDigest").severity())
        .isEqualTo(Severity.MEDIUM);
  }
}
