package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsCommandInjectionAnalyzerTests {

  private final JsCommandInjectionAnalyzer analyzer = new JsCommandInjectionAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/command_injection.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/command_injection.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
