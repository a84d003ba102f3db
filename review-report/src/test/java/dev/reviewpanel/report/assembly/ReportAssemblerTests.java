package dev.reviewpanel.report.assembly;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.failed;
import static dev.reviewpanel.report.TestEvents.finding;
import static dev.reviewpanel.report.TestEvents.incomplete;
import static dev.reviewpanel.report.TestEvents.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAssemblerTests {

  private static final Instant SUBMITTED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant DONE = SUBMITTED.plusSeconds(7);

  private final ReportAssembler assembler = new ReportAssembler();

  /** security in two shards, bug in one. */
  private final ReviewPlan plan =
      new ReviewPlan(
          1,
          SUBMITTED,
          "r1",
          List.of(
              new PlannedTask("r1:security:0", "security"),
              new PlannedTask("r1:security:1", "security"),
              new PlannedTask("r1:bug:0", "bug")),
          SUBMITTED.plusSeconds(120),
          SUBMITTED,
          null);

  @Test
  void shouldSummarizeAnAgentOverAllItsShards() {
    ReviewReport report =
        assembler.assemble(
            plan,
            results(
                completed(
                    "r1", "security", 0, 300, finding("security", "a", Severity.HIGH, "A.java", 1)),
                completed(
                    "r1", "security", 1, 900, finding("security", "b", Severity.LOW, "B.java", 1)),
                completed("r1", "bug", 0, 50)),
            DONE);

    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.decision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(report.agents())
        .containsExactly(
            new AgentSummary("security", AgentOutcome.COMPLETED, 2, 900),
            new AgentSummary("bug", AgentOutcome.COMPLETED, 0, 50));
    assertThat(report.counts())
        .containsOnlyKeys(Severity.values())
        .containsEntry(Severity.HIGH, 1)
        .containsEntry(Severity.LOW, 1)
        .containsEntry(Severity.CRITICAL, 0);
    assertThat(report.submittedAt()).isEqualTo(SUBMITTED);
    assertThat(report.completedAt()).isEqualTo(DONE);
  }

  @Test
  void shouldMarkAnAgentTimedOutWhenOneShardIsMissing() {
    ReviewReport report =
        assembler.assemble(
            plan, results(completed("r1", "security", 0, 10), completed("r1", "bug", 0, 10)), DONE);

    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsExactly(AgentOutcome.TIMED_OUT, AgentOutcome.COMPLETED);
  }

  @Test
  void shouldMarkAnAgentFailedWhenAnyShardFailedEvenIfAnotherIsMissing() {
    ReviewReport report =
        assembler.assemble(
            plan, results(failed("r1", "security", 0), completed("r1", "bug", 0, 10)), DONE);

    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsExactly(AgentOutcome.FAILED, AgentOutcome.COMPLETED);
  }

  @Test
  void shouldFailAndRequestChangesWhenNoTaskCompleted() {
    ReviewReport report = assembler.assemble(plan, results(failed("r1", "bug", 0)), DONE);

    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.decision()).isEqualTo(Decision.REQUEST_CHANGES);
    // no evidence either way: raised to the REQUEST_CHANGES edge, so the band still decides
    assertThat(report.riskScore()).isEqualTo(30);
    assertThat(report.summary()).startsWith("Changes requested: no agent completed the review");
  }

  @Test
  void shouldApproveAPlanWithoutTasks() {
    ReviewPlan empty = new ReviewPlan(1, SUBMITTED, "r2", List.of(), SUBMITTED, SUBMITTED, null);

    ReviewReport report = assembler.assemble(empty, Map.of(), DONE);

    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.decision()).isEqualTo(Decision.APPROVE);
    assertThat(report.counts()).hasSize(5).allSatisfy((severity, n) -> assertThat(n).isZero());
    assertThat(report.summary())
        .contains("no agent applies to the submitted files, so nothing was analyzed");
  }

  @Test
  void shouldTimeOutAnAgentWhoseBudgetRanOutButKeepItsFindings() {
    ReviewReport report =
        assembler.assemble(
            plan,
            results(
                incomplete(
                    completed(
                        "r1",
                        "security",
                        0,
                        300,
                        finding("security", "sqli", Severity.HIGH, "A.java", 4)),
                    "BudgetExhausted",
                    "time budget exhausted, 1 file(s) not fully analyzed: B.java (not run: taint)"),
                completed("r1", "security", 1, 100),
                completed("r1", "bug", 0, 50)),
            DONE);

    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.agents())
        .containsExactly(
            new AgentSummary("security", AgentOutcome.TIMED_OUT, 1, 300),
            new AgentSummary("bug", AgentOutcome.COMPLETED, 0, 50));
    assertThat(report.findings()).extracting(f -> f.ruleId()).containsExactly("sqli");
    assertThat(report.decision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(report.summary())
        .contains(
            "security timed out (1)",
            "Caveats: security: time budget ran out with 1 file not fully analyzed.",
            "this review is partial (security timed out)");
  }

  @Test
  void shouldBePartialNotFailedWhenEveryTaskRanOutOfBudget() {
    ReviewPlan bugOnly = plan("r3", SUBMITTED, SUBMITTED.plusSeconds(120), "bug");

    ReviewReport report =
        assembler.assemble(
            bugOnly,
            results(
                incomplete(
                    completed("r3", "bug", 0, 10),
                    "BudgetExhausted",
                    "time budget exhausted, 3 file(s) not fully analyzed: a; b; c")),
            DONE);

    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.decision()).isEqualTo(Decision.APPROVE);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsExactly(AgentOutcome.TIMED_OUT);
  }

  @Test
  void shouldKeepAgentsWithAnalyzerProblemsCompletedAndSaySo() {
    ReviewReport report =
        assembler.assemble(
            plan,
            results(
                completed("r1", "security", 0, 10),
                completed("r1", "security", 1, 10),
                incomplete(
                    completed("r1", "bug", 0, 10),
                    "AnalyzerProblems",
                    "1 analyzer problem(s): null-deref on src/Cart.java: NPE")),
            DONE);

    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsExactly(AgentOutcome.COMPLETED, AgentOutcome.COMPLETED);
    assertThat(report.summary()).contains("Caveats: bug: 1 analyzer failed on 1 file.");
  }

  private static Map<String, AgentResult> results(AgentResult... results) {
    Map<String, AgentResult> byTask = new HashMap<>();
    for (AgentResult result : results) {
      byTask.put(result.taskId(), result);
    }
    return byTask;
  }
}
