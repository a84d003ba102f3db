package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class SwallowedExceptionAnalyzerTests {

  private final SwallowedExceptionAnalyzer analyzer = new SwallowedExceptionAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/SwallowedException.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.empty-catch@13",
            "java.lost-interrupt@17",
            "java.print-stack-trace-only@27",
            "java.print-stack-trace-only@32",
            "java.lost-interrupt@80",
            "java.empty-catch@80",
            "java.swallowed-broad-exception@83",
            "java.lost-interrupt@110",
            "java.empty-catch@120",
            "java.empty-catch@123",
            "java.lost-interrupt@141",
            "java.lost-interrupt@157",
            "java.lost-interrupt@174",
            "java.lost-interrupt@183",
            "java.empty-catch@206",
            "java.empty-catch@219");
  }

  @Test
  void shouldRateSwallowedFailuresByWhatTheyLose() {
    assertThat(FixtureRun.severities(analyzer, "java/SwallowedException.java", Language.JAVA))
        .contains(
            "java.empty-catch@120:MEDIUM",
            "java.empty-catch@123:LOW",
            "java.empty-catch@13:LOW",
            "java.swallowed-broad-exception@83:LOW",
            "java.lost-interrupt@141:LOW",
            "java.lost-interrupt@157:MEDIUM",
            "java.lost-interrupt@174:MEDIUM",
            "java.lost-interrupt@183:LOW",
            "java.lost-interrupt@17:MEDIUM",
            "java.empty-catch@206:LOW",
            "java.empty-catch@219:MEDIUM");
  }

  @Test
  void shouldRateLostInterruptsByWhoseThreadItIs() {
    assertThat(
            FixtureRun.severities(analyzer, "java/LostInterrupt.java", Language.JAVA).stream()
                .filter(f -> f.startsWith("java.lost-interrupt"))
                .toList())
        .containsExactlyInAnyOrder(
            "java.lost-interrupt@36:LOW",
            "java.lost-interrupt@49:MEDIUM",
            "java.lost-interrupt@64:LOW",
            "java.lost-interrupt@80:LOW",
            "java.lost-interrupt@94:LOW",
            "java.lost-interrupt@107:MEDIUM",
            "java.lost-interrupt@118:MEDIUM",
            "java.lost-interrupt@144:MEDIUM");
  }
}
