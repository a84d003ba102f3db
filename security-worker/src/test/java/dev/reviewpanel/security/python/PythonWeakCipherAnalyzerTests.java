package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonWeakCipherAnalyzerTests {

  private final PythonWeakCipherAnalyzer analyzer = new PythonWeakCipherAnalyzer();
  private final Fixture fixture = Fixture.load("python/weak_cipher.py", Language.PYTHON);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
