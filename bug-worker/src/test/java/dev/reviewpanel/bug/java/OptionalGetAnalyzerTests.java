package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class OptionalGetAnalyzerTests {

  private final OptionalGetAnalyzer analyzer = new OptionalGetAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/OptionalGet.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.optional-get-without-check@13",
            "java.optional-get-without-check@17",
            "java.optional-get-without-check@49",
            "java.optional-get-without-check@50",
            "java.optional-get-without-check@51",
            "java.optional-get-without-check@70");
  }
}
