package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class SelfAssignmentAnalyzerTests {

  private final SelfAssignmentAnalyzer analyzer = new SelfAssignmentAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/SuspiciousCode.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.self-assignment@12",
            "java.self-assignment@13",
            "java.self-assignment@44",
            "java.self-assignment@59");
  }

  @Test
  void shouldRateTheIdentityCaseOfAConvertingSwitchLow() {
    assertThat(FixtureRun.severities(analyzer, "java/SuspiciousCode.java", Language.JAVA))
        .contains(
            "java.self-assignment@13:MEDIUM",
            "java.self-assignment@44:LOW",
            "java.self-assignment@59:MEDIUM");
  }
}
