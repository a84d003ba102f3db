package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsSsrfAnalyzerTests {

  private final JsSsrfAnalyzer analyzer = new JsSsrfAnalyzer();
  private final Fixture fixture = Fixture.load("javascript/ssrf.js", Language.JAVASCRIPT);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(JsSsrfAnalyzer.RULE.cwe()));
  }

  @Test
  void shouldReportGenericTypeScriptCalls() {
    Fixture typescript = Fixture.load("typescript/ssrf.ts", Language.TYPESCRIPT);
    assertThat(typescript.expected()).isNotEmpty();

    assertThat(typescript.reported(analyzer))
        .containsExactlyInAnyOrderElementsOf(typescript.expected());
  }
}
