package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonInsecureCookieAnalyzerTests {

  private final PythonInsecureCookieAnalyzer analyzer = new PythonInsecureCookieAnalyzer();
  private final Fixture fixture = Fixture.load("python/insecure_cookie.py", Language.PYTHON);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNameTheCweInEveryMessage() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains(PythonInsecureCookieAnalyzer.RULE.cwe()));
  }
}
