package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JwtDecodeAnalyzerTests {

  private final JwtDecodeAnalyzer analyzer = new JwtDecodeAnalyzer();
  private final Fixture fixture = Fixture.load("java/JwtDecode.java", Language.JAVA);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(JwtDecodeAnalyzer.RULE.cwe()));
  }
}
