package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ModifiedDuringIterationAnalyzerTests {

  private final ModifiedDuringIterationAnalyzer analyzer = new ModifiedDuringIterationAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/ModifiedDuringIteration.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.modified-during-iteration@16",
            "java.modified-during-iteration@21",
            "java.modified-during-iteration@25",
            "java.modified-during-iteration@83");
  }
}
