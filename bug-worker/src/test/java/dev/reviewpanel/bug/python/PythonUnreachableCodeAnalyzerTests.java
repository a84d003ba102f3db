package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonUnreachableCodeAnalyzerTests {

  private final PythonUnreachableCodeAnalyzer analyzer = new PythonUnreachableCodeAnalyzer();

  @Test
  void shouldReportTheFirstDeadStatementOfEachBlockAndNoReachableLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/unreachable.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.unreachable-code@8",
            "python.unreachable-code@14",
            "python.unreachable-code@25",
            "python.unreachable-code@33",
            "python.unreachable-code@39",
            "python.unreachable-code@94");
  }
}
