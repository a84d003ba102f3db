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
            "javascript.loose-equality@14",
            "javascript.loose-equality@41",
            "javascript.loose-equality@44",
            "javascript.loose-equality@68",
            "javascript.loose-equality@71",
            "javascript.loose-equality@74",
            "javascript.loose-equality@93");
  }

  @Test
  void shouldLowerAStringTheCodeMakesComparedWithANumber() {
    assertThat(FixtureRun.severities(analyzer, "javascript/loose-equality.js", Language.JAVASCRIPT))
        .contains("javascript.loose-equality@41:LOW", "javascript.loose-equality@44:MEDIUM");
  }

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInTypeScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/loose-equality.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.loose-equality@2",
            "javascript.loose-equality@5",
            "javascript.loose-equality@15");
  }

  @Test
  void shouldLowerAFlagOrAnIndexKnownOnlyByItsName() {
    assertThat(FixtureRun.severities(analyzer, "javascript/loose-equality.js", Language.JAVASCRIPT))
        .contains(
            "javascript.loose-equality@68:LOW",
            "javascript.loose-equality@71:LOW",
            "javascript.loose-equality@74:MEDIUM");
  }
}
