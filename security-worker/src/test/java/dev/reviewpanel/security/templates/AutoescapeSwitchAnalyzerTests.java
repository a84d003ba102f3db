package dev.reviewpanel.security.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoescapeSwitchAnalyzerTests {

  private final AutoescapeSwitchAnalyzer analyzer = new AutoescapeSwitchAnalyzer();

  @ParameterizedTest
  @CsvSource({"python/autoescape.py, python", "javascript/autoescape.js, javascript"})
  void shouldReportEscapingSwitchedOffAndNotSwitchedOnOrLeftToTheCaller(
      String resource, String language) {
    Fixture fixture = Fixture.load(resource, Language.fromId(language).orElseThrow());
    assertThat(fixture.expected()).hasSize(2);

    assertThat(fixture.reported(analyzer)).containsExactlyElementsOf(fixture.expected());
    assertThat(fixture.findings(analyzer))
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message()).startsWith("Template autoescaping turned off (");
            });
  }
}
