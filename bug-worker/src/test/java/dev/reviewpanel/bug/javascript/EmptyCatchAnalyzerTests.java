package dev.reviewpanel.bug.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class EmptyCatchAnalyzerTests {

  private final EmptyCatchAnalyzer analyzer = new EmptyCatchAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInJavaScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/empty-catch.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.empty-catch@5",
            "javascript.empty-catch@7",
            "javascript.empty-catch@43",
            "javascript.empty-catch@44",
            "javascript.empty-catch@47");
  }

  @Test
  void shouldRateEmptyCatchesByWhatTheyLose() {
    assertThat(FixtureRun.severities(analyzer, "javascript/empty-catch.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.empty-catch@5:LOW",
            "javascript.empty-catch@7:LOW",
            "javascript.empty-catch@43:MEDIUM",
            "javascript.empty-catch@44:MEDIUM",
            "javascript.empty-catch@47:LOW");
  }

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlikeInTypeScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/empty-catch.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder("javascript.empty-catch@5");
  }
}
