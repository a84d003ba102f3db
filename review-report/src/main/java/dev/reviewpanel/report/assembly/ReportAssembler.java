package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.report.coverage.Coverage;
import dev.reviewpanel.report.findings.FindingMerger;
import dev.reviewpanel.report.panel.PanelJudge;
import dev.reviewpanel.report.panel.PanelPolicy;
import dev.reviewpanel.report.panel.Verdict;
import dev.reviewpanel.report.risk.RiskBands;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds the report of a review from its plan and the results that arrived for it: findings merged
 * and ranked, the panel's risk, decision and votes, files not analyzed, and the template summary.
 * The service that runs it and the offline CLI use the same code, so they agree.
 */
public class ReportAssembler {

  private final RiskBands bands;
  private final PanelJudge judge;

  public ReportAssembler(RiskBands bands, PanelPolicy policy) {
    this.bands = bands;
    this.judge = new PanelJudge(policy, bands);
  }

  /** The default bands and panel. */
  public ReportAssembler() {
    this(RiskBands.DEFAULT, PanelPolicy.DEFAULT);
  }

  public RiskBands bands() {
    return bands;
  }

  /**
   * @param results results by task id; tasks of the plan without a result count as timed out
   */
  public ReviewReport assemble(
      ReviewPlan plan, Map<String, AgentResult> results, Instant completedAt) {
    List<AgentResult> delivered =
        plan.tasks().stream()
            .map(task -> results.get(task.taskId()))
            .filter(Objects::nonNull)
            .toList();
    List<NotAnalyzed> notAnalyzed =
        Coverage.merge(
            Stream.concat(
                    plan.notAnalyzed().stream(),
                    delivered.stream().flatMap(r -> r.notAnalyzed().stream()))
                .toList());
    Status status = AgentOutcomes.status(plan, results);
    if (status == Status.COMPLETE && Coverage.anyGap(notAnalyzed)) {
      status = Status.PARTIAL;
    }
    List<AgentSummary> agents =
        LlmParticipation.withNotes(AgentOutcomes.summarize(plan, results), plan, results);
    List<Finding> findings =
        FindingMerger.merge(delivered.stream().flatMap(r -> r.findings().stream()).toList());
    Verdict verdict = judge.judge(Ballots.of(plan, results), status == Status.FAILED);
    Map<Severity, Integer> counts = counts(findings);
    RepositoryGate.Gated gated =
        RepositoryGate.apply(plan.failOn(), verdict.decision(), findings, agents);
    List<String> caveats = new ArrayList<>(AnalysisCaveats.of(plan, results));
    caveats.addAll(LlmParticipation.caveats(plan, results));
    if (gated.note() != null) {
      caveats.add(gated.note());
    }
    String summary =
        SummaryWriter.write(
            new SummaryWriter.Facts(
                status,
                gated.decision(),
                verdict.risk(),
                counts,
                findings,
                agents,
                caveats,
                notAnalyzed));
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        completedAt,
        plan.reviewId(),
        status,
        gated.decision(),
        verdict.risk(),
        summary,
        findings,
        counts,
        agents,
        plan.submittedAt(),
        completedAt,
        plan.source(),
        LlmParticipation.of(plan, results, ReviewReport.SummaryOrigin.TEMPLATE),
        notAnalyzed,
        verdict.panel());
  }

  /** Findings by severity, suppressed ones left out: they are listed, not counted. */
  public static Map<Severity, Integer> counts(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.stream()
        .filter(f -> f.severity() != null && !f.suppressed())
        .forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }
}
