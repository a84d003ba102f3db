package dev.reviewpanel.bug.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class LooseEqualityAnalyzerTests {

  private final LooseEqualityAnalyzer analyzer = new LooseEqualityAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInJavaScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/loose-equality.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.loose-equality@2",
            "javascript.loose-equality@5",
            "javascript.loose-equality@8",
            "javascript.loose-equality@11",
            "javascript.loose-equality@14");
  }

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInTypeScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/loose-equality.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder("javascript.loose-equality@2", "javascript.loose-equality@5");
  }
}
