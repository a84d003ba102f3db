package dev.reviewpanel.security.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.security.Fixture;
import org.junit.jupiter.api.Test;

class HardcodedSecretAnalyzerTests {

  private final HardcodedSecretAnalyzer analyzer = new HardcodedSecretAnalyzer();
  private final Fixture fixture = Fixture.load("java/HardcodedSecrets.java", Language.JAVA);

  @Test
  void shouldReportExactlyTheVulnerableLinesAndNoSafeLookAlike() {
    assertThat(fixture.expected()).isNotEmpty();

    assertThat(fixture.reported(analyzer)).containsExactlyInAnyOrderElementsOf(fixture.expected());
  }

  @Test
  void shouldNeverRepeatTheSecretInMessageOrSnippet() {
    assertThat(fixture.findings(analyzer))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.message() + f.snippet())
                  .doesNotContain(
                      "s3cr3t-Passw0rd!", "hunter2hunter2", "Tr0ub4dor&3", "mailPass123");
              assertThat(f.message()).doesNotContain("AKIAIOSFODNN7EXAMPLE");
            });
  }

  @Test
  void shouldWithholdAFindingWhoseSnippetWouldStillShowTheSecret() {
    ParsedFile file =
        ParsedFile.of(
            "A.java",
            Language.JAVA,
            "class A {\n  String password = \"hunter2hunter2\";\n"
                + "  void c() { DriverManager.getConnection(URL, USER, \"hunter2hunter2\"); }\n}\n");
    Findings findings = new Findings("security", file);

    analyzer.analyze(file, findings);

    assertThat(findings.toList()).extracting(f -> f.location().startLine()).containsExactly(2);
  }
}
