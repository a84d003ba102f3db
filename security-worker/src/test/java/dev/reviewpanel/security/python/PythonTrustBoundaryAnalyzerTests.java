package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonTrustBoundaryAnalyzerTests {

  private final PythonTrustBoundaryAnalyzer analyzer = new PythonTrustBoundaryAnalyzer();
  private final Fixture fixture = Fixture.load("python/trust_boundary.py", Language.PYTHON);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(PythonTrustBoundaryAnalyzer.RULE.cwe()));
  }
}
