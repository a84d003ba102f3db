package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonXssAnalyzerTests {

  private final PythonXssAnalyzer analyzer = new PythonXssAnalyzer();
  private final Fixture fixture = Fixture.load("python/xss.py", Language.PYTHON);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(PythonXssAnalyzer.RULE.cwe()));
  }
}
