package dev.reviewpanel.bug.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class UnreachableCodeAnalyzerTests {

  private final UnreachableCodeAnalyzer analyzer = new UnreachableCodeAnalyzer();

  @Test
  void shouldReportTheFirstDeadStatementOfEachBlockAndNoReachableLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "java/UnreachableCode.java", Language.JAVA))
        .containsExactlyInAnyOrder(
            "java.unreachable-code@9",
            "java.unreachable-code@15",
            "java.unreachable-code@25",
            "java.unreachable-code@33",
            "java.unreachable-code@42",
            "java.unreachable-code@50");
  }
}
