package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class SelfComparisonAnalyzerTests {

  private final SelfComparisonAnalyzer analyzer = new SelfComparisonAnalyzer();

  @Test
  void shouldReportComparisonsWithItselfButNotNanTestsCallsOrAssertions() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/SelfComparison.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.self-comparison@21",
            "java.self-comparison@30",
            "java.self-comparison@31",
            "java.self-comparison@32");
  }
}
