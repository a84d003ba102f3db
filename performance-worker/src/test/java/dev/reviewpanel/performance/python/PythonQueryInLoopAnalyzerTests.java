package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Severity;
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

  @Test
  void shouldReportAQueryPerIterationOfAMigrationAtLow() {
    var findings =
        analyze(analyzer, "python/migrations/0002_backfill_slugs.py", Language.PYTHON).toList();

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().startLine()).isEqualTo(7);
              assertThat(f.severity()).isEqualTo(Severity.LOW);
            });
    assertThat(analyze(analyzer, "python/query_in_loop.py", Language.PYTHON).toList())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }
}
