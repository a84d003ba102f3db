package dev.reviewpanel.report.assembly;

import static dev.reviewpanel.report.TestEvents.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.AgentResult.LlmUsage;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.LlmSummary;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmParticipationTests {

  private static final Instant SUBMITTED = Instant.parse("2026-03-01T10:00:00Z");

  private final ReviewPlan plan =
      new ReviewPlan(
          1,
          SUBMITTED,
          "r1",
          List.of(new PlannedTask("r1:security:0", "security"), new PlannedTask("r1:bug:0", "bug")),
          SUBMITTED.plusSeconds(120),
          SUBMITTED,
          null);

  @Test
  void shouldBeAbsentForRulesOnlyReviews() {
    Map<String, AgentResult> results =
        Map.of(
            "r1:security:0",
            completed("r1", "security", 0, 10),
            "r1:bug:0",
            completed("r1", "bug", 0, 10));

    assertThat(LlmParticipation.of(plan, results, SummaryOrigin.TEMPLATE)).isNull();
    assertThat(LlmParticipation.caveats(plan, results)).isEmpty();
  }

  @Test
  void shouldSumTokensAndShowDegradedAgentsAndUnreviewedCodeInTheReport() {
    Map<String, AgentResult> results =
        Map.of(
            "r1:security:0",
            withLlm(
                completed("r1", "security", 0, 10),
                new LlmUsage(
                    "m",
                    LlmStatus.PARTIAL,
                    2,
                    1000,
                    200,
                    0.01,
                    1,
                    List.of("A.java:40-90"),
                    "task token budget reached")),
            "r1:bug:0",
            withLlm(
                completed("r1", "bug", 0, 10),
                new LlmUsage(
                    "m", LlmStatus.DEGRADED, 1, 0, 0, 0, 0, List.of("A.java"), "circuit open")));

    ReviewReport report = new ReportAssembler().assemble(plan, results, SUBMITTED.plusSeconds(5));

    LlmSummary llm = report.llm();
    assertThat(llm.inputTokens()).isEqualTo(1000);
    assertThat(llm.outputTokens()).isEqualTo(200);
    assertThat(llm.estimatedCost()).isEqualTo(0.01);
    assertThat(llm.degradedAgents()).containsExactly("bug");
    assertThat(llm.unreviewed()).containsExactlyInAnyOrder("security: A.java:40-90", "bug: A.java");
    assertThat(llm.summaryOrigin()).isEqualTo(SummaryOrigin.TEMPLATE);
    assertThat(report.agents())
        .extracting(AgentSummary::agent, AgentSummary::status, AgentSummary::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "security", AgentOutcome.COMPLETED, "LLM partial: task token budget reached"),
            org.assertj.core.groups.Tuple.tuple(
                "bug", AgentOutcome.COMPLETED, "LLM degraded: circuit open"));
    assertThat(report.summary())
        .contains("LLM review unavailable for bug (rule findings only)")
        .contains("2 part(s) of the code not reviewed by the model");
  }

  private static AgentResult withLlm(AgentResult r, LlmUsage usage) {
    return new AgentResult(
        r.schemaVersion(),
        r.occurredAt(),
        r.reviewId(),
        r.taskId(),
        r.agent(),
        r.status(),
        r.findings(),
        r.stats(),
        r.error(),
        r.workerId(),
        usage);
  }
}
