package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ExceptionControlFlowAnalyzerTests {

  private final ExceptionControlFlowAnalyzer analyzer = new ExceptionControlFlowAnalyzer();

  @Test
  void shouldFlagExceptionsThatEndOrSteerLoopsButNotParsingFailuresOrOneOffChecks() {
    assertThat(found(analyzer, "java/ExceptionControlFlow.java", Language.JAVA))
        .containsExactly(
            "java.exception-control-flow@16",
            "java.exception-control-flow@23",
            "java.exception-control-flow@29",
            "java.exception-control-flow@97");
  }
}
