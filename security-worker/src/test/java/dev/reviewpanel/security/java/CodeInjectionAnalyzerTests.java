package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class CodeInjectionAnalyzerTests {

  private final CodeInjectionAnalyzer analyzer = new CodeInjectionAnalyzer();
  private final Fixture fixture = Fixture.load("java/CodeInjection.java", Language.JAVA);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).hasSize(5);

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweAndTraceTheSourceInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains("CWE-94").contains(" → "))
        .anySatisfy(
            f -> assertThat(f.message()).contains("request header 'X-Script' → script → shell."));
  }

  @Test
  void shouldNameTheCallerWhenTheSinkSitsInAHelper() {
    assertThat(fixture.findings(analyzer))
        .anySatisfy(
            f -> assertThat(f.message()).contains("request data passed by a caller as 'script'"));
  }
}
