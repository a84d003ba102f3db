package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsCodeInjectionAnalyzerTests {

  private final JsCodeInjectionAnalyzer analyzer = new JsCodeInjectionAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/code_injection.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/code_injection.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
