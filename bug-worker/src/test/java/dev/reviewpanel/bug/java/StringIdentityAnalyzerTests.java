package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import org.junit.jupiter.api.Test;

class StringIdentityAnalyzerTests {

  private final StringIdentityAnalyzer analyzer = new StringIdentityAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/StringIdentity.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.string-identity@18",
            "java.string-identity@21",
            "java.string-identity@24",
            "java.string-identity@27",
            "java.string-identity@30",
            "java.string-identity@77",
            "java.string-identity@100",
            "java.string-identity@119",
            "java.string-identity@128",
            "java.string-identity@146");
  }

  @Test
  void shouldDescribeTheComparisonWithRuleMetadata() {
    Finding finding =
        FixtureRun.findings(analyzer, "java/StringIdentity.java", Language.JAVA).get(0);

    assertThat(finding.ruleId()).isEqualTo("java.string-identity");
    assertThat(finding.cwe()).isEqualTo("CWE-597");
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.agent()).isEqualTo("bug");
    assertThat(finding.snippet()).isEqualTo("if (input == \"admin\") {");
    assertThat(finding.message()).startsWith("'input == \"admin\"' compares String references");
  }
}
