package dev.reviewpanel.security.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class JsHardcodedSecretAnalyzerTests {

  private final JsHardcodedSecretAnalyzer analyzer = new JsHardcodedSecretAnalyzer();

  @Test
  void shouldReportExactlyTheVulnerableJavaScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("javascript/hardcoded_secrets.js", Language.JAVASCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldReportExactlyTheVulnerableTypeScriptLinesAndNoSafeLookAlike() {
    Fixture fixture = Fixture.load("typescript/hardcoded_secrets.ts", Language.TYPESCRIPT);
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNeverRepeatTheSecretInMessageOrSnippet() {
    Fixture fixture = Fixture.load("javascript/hardcoded_secrets.js", Language.JAVASCRIPT);

    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message() + f.snippet())
                    .doesNotContain(
                        "s3cr3t-Passw0rd!", "hunter2hunter2", "tok-9f8e7d6c5b4a", "xoxb-"));
  }
}
