package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsSqlInjectionAnalyzerTests {

  private final JsSqlInjectionAnalyzer analyzer = new JsSqlInjectionAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/sql_injection.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/sql_injection.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
