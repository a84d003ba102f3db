package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsWeakCipherAnalyzerTests {

  private final JsWeakCipherAnalyzer analyzer = new JsWeakCipherAnalyzer();
  private final Fixture fixture = Fixture.load("javascript/weak_cipher.js", Language.JAVASCRIPT);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }
}
