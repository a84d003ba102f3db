package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class WholeFileSplitAnalyzerTests {

  private final WholeFileSplitAnalyzer analyzer = new WholeFileSplitAnalyzer();

  @Test
  void shouldFlagWholeFileReadsCutIntoLinesOnlyToBeWalked() {
    assertThat(found(analyzer, "java/WholeFileSplit.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.read-all-into-memory@14",
            "java.read-all-into-memory@17",
            "java.read-all-into-memory@20");
  }
}
