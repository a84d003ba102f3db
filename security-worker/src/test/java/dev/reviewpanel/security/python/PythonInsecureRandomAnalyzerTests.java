package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonInsecureRandomAnalyzerTests {

  private final PythonInsecureRandomAnalyzer analyzer = new PythonInsecureRandomAnalyzer();
  private final Fixture fixture = Fixture.load("python/insecure_random.py", Language.PYTHON);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
