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
  void shouldMaskAPositionalPasswordAndWithholdASecretSpreadOverLines() {
    ParsedFile file =
        ParsedFile.of(
            "A.java",
            Language.JAVA,
            "class A {\n  String password = \"\"\"\n      hunter2hunter2\n      and-more-s3cret\n"
                + "      \"\"\";\n"
                + "  void c() { DriverManager.getConnection(URL, USER, \"hunter2hunter2\"); }\n}\n");
    Findings findings = new Findings("security", file);

    analyzer.analyze(file, findings);

    assertThat(findings.toList())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().startLine()).isEqualTo(6);
              assertThat(f.snippet()).contains("USER, \"****\"").doesNotContain("hunter2");
              assertThat(f.message())
                  .isEqualTo(
                      "Hard-coded credential: name 'password' holds a 14-character value"
                          + " (masked).");
            });
  }
}
