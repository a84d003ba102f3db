package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncompleteAnalysisTests {

  @Test
  void shouldSayNothingWhenTheAnalysisWasWhole() {
    Analysis whole =
        analysis(
            List.of(),
            List.of(new Skipped("README.md", Skipped.Reason.UNSUPPORTED_LANGUAGE, List.of())));

    assertThat(IncompleteAnalysis.describe(whole, 0)).isNull();
  }

  @Test
  void shouldNameFilesTheBudgetCutOffAndAnalyzerProblems() {
    Analysis cut =
        analysis(
            List.of(new Problem("sql-injection", "A.java", "NullPointerException")),
            List.of(
                new Skipped("B.java", Skipped.Reason.BUDGET_EXHAUSTED, List.of("sql-injection")),
                new Skipped("C.java", Skipped.Reason.BUDGET_EXHAUSTED, List.of("xss", "ssrf"))));

    AgentResult.Error error = IncompleteAnalysis.describe(cut, 0);

    assertThat(error.type()).isEqualTo("BudgetExhausted");
    assertThat(error.message())
        .contains("2 file(s) not fully analyzed")
        .contains("B.java (not run: sql-injection)")
        .contains("C.java (not run: xss, ssrf)")
        .contains("sql-injection on A.java: NullPointerException");
  }

  @Test
  void shouldReportAnalyzerProblemsAlone() {
    Analysis failing =
        analysis(List.of(new Problem(Problem.PARSER, "A.java", "unparseable")), List.of());

    assertThat(IncompleteAnalysis.describe(failing, 0).type()).isEqualTo("AnalyzerProblems");
  }

  @Test
  void shouldKeepTheMostSevereFindingsWhenOverTheCapAndSaySo() {
    List<Finding> findings =
        List.of(
            finding("a", Severity.LOW),
            finding("b", Severity.CRITICAL),
            finding("c", Severity.MEDIUM));
    Analysis many = new Analysis(findings, 1, 10, Duration.ofMillis(5), List.of(), List.of(), 0);

    List<Finding> kept = IncompleteAnalysis.capped(findings, 2);

    assertThat(kept).extracting(Finding::ruleId).containsExactly("b", "c");
    assertThat(IncompleteAnalysis.capped(findings, 3)).isSameAs(findings);
    assertThat(IncompleteAnalysis.describe(many, kept.size()))
        .isEqualTo(new AgentResult.Error("FindingsCapped", "kept the 2 most severe of 3 findings"));
  }

  private static Finding finding(String ruleId, Severity severity) {
    return new Finding(
        ruleId,
        "bug",
        ruleId,
        "c",
        null,
        severity,
        null,
        "t",
        "m",
        "r",
        Location.line("A.java", 1),
        "s",
        null);
  }

  private static Analysis analysis(List<Problem> problems, List<Skipped> skipped) {
    return new Analysis(List.of(), 1, 10, Duration.ofMillis(5), problems, skipped, 0);
  }
}
