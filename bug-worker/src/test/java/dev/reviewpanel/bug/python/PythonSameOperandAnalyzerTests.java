package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonSameOperandAnalyzerTests {

  private final PythonSameOperandAnalyzer analyzer = new PythonSameOperandAnalyzer();

  @Test
  void shouldReportSelfAssignmentAndSelfComparisonButNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/same_operand.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.self-assignment@7",
            "python.self-assignment@10",
            "python.self-comparison@14",
            "python.self-comparison@17",
            "python.self-assignment@47");
  }

  @Test
  void shouldRateANoOpOnABoundLocalLow() {
    assertThat(FixtureRun.severities(analyzer, "python/same_operand.py", Language.PYTHON))
        .contains(
            "python.self-assignment@7:MEDIUM",
            "python.self-assignment@10:MEDIUM",
            "python.self-assignment@47:LOW");
  }
}
