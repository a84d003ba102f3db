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
            "java.swallowed-broad-exception@22",
            "java.print-stack-trace-only@27",
            "java.swallowed-broad-exception@32",
            "java.lost-interrupt@72",
            "java.empty-catch@72",
            "java.swallowed-broad-exception@75",
            "java.empty-catch@75");
  }
}
