package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.ReviewScope;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
import java.util.List;
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
            "python.n-plus-one@14",
            "python.n-plus-one@42",
            "python.n-plus-one@61");
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

  @Test
  void shouldFlagQueriesThroughTheRelatedManagerOfTheLoopVariable() {
    assertThat(found(analyzer, "python/related_managers.py", Language.PYTHON))
        .containsExactly("python.n-plus-one@9", "python.n-plus-one@10");
  }

  @Test
  void shouldFlagCallsOfFunctionsOfOtherFilesThatQuery() {
    ParsedFile service = FixtureRun.parse("python/helpdesk/service.py", Language.PYTHON);
    ParsedFile repository = FixtureRun.parse("python/helpdesk/repository.py", Language.PYTHON);
    ReviewScope scope = ReviewScope.ofParsed(List.of(service, repository));
    service.scope(scope);
    repository.scope(scope);
    Findings findings = new Findings("performance", service);

    analyzer.analyze(service, findings);

    assertThat(findings.toList())
        .extracting(f -> f.ruleId() + "@" + f.location().startLine())
        .containsExactly("python.n-plus-one@8", "python.n-plus-one@9");
    assertThat(findings.toList().get(0).message())
        .contains("repository.user()", "db.session.get()", "repository.py");
  }
}
