package dev.reviewpanel.synthesis.report;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.synthesis.scoring.DecisionPolicy;
import dev.reviewpanel.synthesis.scoring.RiskScore;
import dev.reviewpanel.synthesis.summary.LlmParticipation;
import dev.reviewpanel.synthesis.summary.SummaryWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the report of a review from its plan and the results that arrived for it. */
@Component
public class ReportAssembler {

  private final DecisionPolicy decisionPolicy;

  /**
   * The report always carries the template summary: the LLM's, when configured, follows as a
   * revision off the Streams thread ({@code summary.SummaryReviser}), so no report waits for a
   * model.
   */
  public ReportAssembler(DecisionPolicy decisionPolicy) {
    this.decisionPolicy = decisionPolicy;
  }

  /**
   * @param results results by task id; tasks of the plan without a result count as timed out
   */
  public ReviewReport assemble(
      ReviewPlan plan, Map<String, AgentResult> results, Instant completedAt) {
    Status status = AgentOutcomes.status(plan, results);
    List<AgentSummary> agents =
        LlmParticipation.withNotes(AgentOutcomes.summarize(plan, results), plan, results);
    List<Finding> findings =
        FindingMerger.merge(
            plan.tasks().stream()
                .map(task -> results.get(task.taskId()))
                .filter(r -> r != null)
                .flatMap(r -> r.findings().stream())
                .toList());
    Map<Severity, Integer> counts = counts(findings);
    int risk = RiskScore.of(findings);
    Decision decision = decisionPolicy.decide(status, findings);
    List<String> caveats = new ArrayList<>(AnalysisCaveats.of(plan, results));
    caveats.addAll(LlmParticipation.caveats(plan, results));
    String summary = SummaryWriter.write(status, decision, risk, counts, findings, agents, caveats);
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        completedAt,
        plan.reviewId(),
        status,
        decision,
        risk,
        summary,
        findings,
        counts,
        agents,
        plan.submittedAt(),
        completedAt,
        plan.source(),
        LlmParticipation.of(plan, results, ReviewReport.SummaryOrigin.TEMPLATE));
  }

  static Map<Severity, Integer> counts(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.stream()
        .filter(f -> f.severity() != null)
        .forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }
}
