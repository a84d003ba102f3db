package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ComparisonAnalyzerTests {

  private final ComparisonAnalyzer analyzer = new ComparisonAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/comparisons.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.is-literal@2",
            "python.is-literal@4",
            "python.is-literal@5",
            "python.is-literal@8",
            "python.none-equality@10",
            "python.none-equality@11");
  }
}
