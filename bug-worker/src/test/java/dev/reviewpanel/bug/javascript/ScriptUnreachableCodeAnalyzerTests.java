package dev.reviewpanel.bug.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptUnreachableCodeAnalyzerTests {

  private final ScriptUnreachableCodeAnalyzer analyzer = new ScriptUnreachableCodeAnalyzer();

  @Test
  void shouldReportDeadStatementsButNotHoistedOrInertOnesInJavaScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/unreachable.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.unreachable-code@5",
            "javascript.unreachable-code@11",
            "javascript.unreachable-code@22",
            "javascript.unreachable-code@30",
            "javascript.unreachable-code@40");
  }

  @Test
  void shouldReportDeadStatementsButNotTypeDeclarationsInTypeScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/unreachable.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.unreachable-code@8", "javascript.unreachable-code@14");
  }
}
