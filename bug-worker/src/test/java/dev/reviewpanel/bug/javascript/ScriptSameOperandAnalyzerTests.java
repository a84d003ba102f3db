package dev.reviewpanel.bug.javascript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptSameOperandAnalyzerTests {

  private final ScriptSameOperandAnalyzer analyzer = new ScriptSameOperandAnalyzer();

  @Test
  void shouldReportSelfAssignmentAndSelfComparisonButNoLookAlikeInJavaScript() {
    assertThat(FixtureRun.ruleLines(analyzer, "javascript/same-operand.js", Language.JAVASCRIPT))
        .containsExactlyInAnyOrder(
            "javascript.self-assignment@6",
            "javascript.self-assignment@10",
            "javascript.self-comparison@15",
            "javascript.self-comparison@19");
  }

  @Test
  void shouldReportTheSameInTypeScriptButNotTheNanTest() {
    assertThat(FixtureRun.ruleLines(analyzer, "typescript/same-operand.ts", Language.TYPESCRIPT))
        .containsExactlyInAnyOrder("javascript.self-comparison@5", "javascript.self-assignment@9");
  }
}
