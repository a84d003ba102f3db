package dev.reviewpanel.report.assembly;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.failed;
import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.FailOn;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repository's fail-on over the panel's decision, in the report synthesis publishes. */
class RepositoryGateTests {

  private static final Instant SUBMITTED = Instant.parse("2026-03-01T10:00:00Z");

  private final ReportAssembler assembler = new ReportAssembler();

  @Test
  void shouldRequestChangesForAFindingAtTheGateTheScoreAloneWouldApprove() {
    AgentResult security =
        completed(
            "r1", "security", 0, 10, finding("security", "py.sqli", Severity.MEDIUM, "a.py", 3));

    ReviewReport panel = assembler.assemble(plan(null), results(security), SUBMITTED);
    ReviewReport gated = assembler.assemble(plan(FailOn.MEDIUM), results(security), SUBMITTED);

    assertThat(panel.decision()).isEqualTo(Decision.APPROVE);
    assertThat(gated.decision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(gated.riskScore()).isEqualTo(panel.riskScore());
    assertThat(gated.summary())
        .contains("changes requested by fail-on: medium of .review-panel.yml (MEDIUM py.sqli");
  }

  @Test
  void shouldApproveACompleteReviewWithNothingAtTheGateAndKeepAStricterPanelOtherwise() {
    AgentResult critical =
        completed(
            "r1", "security", 0, 10, finding("security", "py.cmdi", Severity.CRITICAL, "a.py", 3));

    ReviewReport panel = assembler.assemble(plan(null), results(critical), SUBMITTED);
    ReviewReport never = assembler.assemble(plan(FailOn.NONE), results(critical), SUBMITTED);
    ReviewReport high = assembler.assemble(plan(FailOn.HIGH), results(critical), SUBMITTED);

    assertThat(panel.decision()).isNotEqualTo(Decision.APPROVE);
    assertThat(never.decision()).isEqualTo(Decision.APPROVE);
    assertThat(never.summary()).contains("approved by fail-on: none of .review-panel.yml");
    assertThat(high.decision()).isEqualTo(panel.decision());
  }

  @Test
  void shouldNotCountSuppressedFindingsAtTheGate() {
    AgentResult suppressed =
        completed(
            "r1",
            "security",
            0,
            10,
            finding("security", "py.cmdi", Severity.CRITICAL, "a.py", 3)
                .withSuppression(
                    new Suppression(Suppression.Kind.BASELINE, "accepted in baseline")),
            finding("security", "py.cmdi", Severity.HIGH, "b.py", 4)
                .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "constant table")));

    ReviewReport report = assembler.assemble(plan(FailOn.LOW), results(suppressed), SUBMITTED);

    assertThat(report.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void shouldNeverApproveThroughTheGateWhenAnAgentFailed() {
    ReviewPlan plan = plan(FailOn.CRITICAL, "security", "bug");

    ReviewReport report =
        assembler.assemble(
            plan,
            results(
                completed(
                    "r1", "security", 0, 10, finding("security", "x", Severity.HIGH, "a.py", 1)),
                failed("r1", "bug", 0)),
            SUBMITTED);

    assertThat(report.decision()).isNotEqualTo(Decision.APPROVE);
  }

  private static ReviewPlan plan(FailOn failOn, String... agents) {
    List<String> names = agents.length == 0 ? List.of("security") : List.of(agents);
    return new ReviewPlan(
        1,
        SUBMITTED,
        "r1",
        names.stream().map(a -> new PlannedTask("r1:" + a + ":0", a)).toList(),
        SUBMITTED.plusSeconds(120),
        SUBMITTED,
        null,
        List.of(),
        failOn);
  }

  private static Map<String, AgentResult> results(AgentResult... results) {
    Map<String, AgentResult> byTask = new HashMap<>();
    for (AgentResult result : results) {
      byTask.put(result.taskId(), result);
    }
    return byTask;
  }
}
