package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonQueryInLoopAnalyzerTests {

  private final PythonQueryInLoopAnalyzer analyzer = new PythonQueryInLoopAnalyzer();

  @Test
  void shouldFlagQueriesAndRequestsInLoopsAndComprehensionsButNotBatchedOnes() {
    assertThat(found(analyzer, "python/query_in_loop.py", Language.PYTHON))
        .containsExactly(
            "python.n-plus-one@9",
            "python.n-plus-one@11",
            "python.n-plus-one@13",
            "python.n-plus-one@14");
  }
}
