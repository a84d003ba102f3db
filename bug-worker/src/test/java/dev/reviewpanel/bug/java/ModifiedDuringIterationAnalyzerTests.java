package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Severity;
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
            "java.modified-during-iteration@83",
            "java.modified-during-iteration@103",
            "java.modified-during-iteration@128");
  }

  @Test
  void shouldLowerAProjectIterableWhoseIteratorIsNotShown() {
    var findings =
        FixtureRun.findings(analyzer, "java/ModifiedDuringIteration.java", Language.JAVA);

    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 103)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message()).contains("is a Group, not one of the JDK's fail-fast");
            });
    assertThat(findings)
        .filteredOn(f -> f.location().startLine() == 16)
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }
}
