package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsXssAnalyzerTests {

  private final JsXssAnalyzer analyzer = new JsXssAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/xss.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/xss.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportUnsanitizedDangerouslySetInnerHtmlInJsx() {
    Fixture fixture = Fixture.load("javascript/react_html.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
