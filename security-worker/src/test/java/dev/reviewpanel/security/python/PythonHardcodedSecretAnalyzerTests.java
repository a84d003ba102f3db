package dev.reviewpanel.security.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class PythonHardcodedSecretAnalyzerTests {

  private final PythonHardcodedSecretAnalyzer analyzer = new PythonHardcodedSecretAnalyzer();
  private final Fixture fixture = Fixture.load("python/hardcoded_secrets.py", Language.PYTHON);

  @Test
  void shouldNeverRepeatTheSecretInMessageOrSnippet() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message() + f.snippet())
                    .doesNotContain(
                        "s3cr3t-Passw0rd!", "tok-9f8e7d6c5b4a", "hunter2hunter2", "0a1b2c3d4e5f"));
  }
}
