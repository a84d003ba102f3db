package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.synthesis.report.FindingMerger;
import dev.reviewpanel.synthesis.scoring.DecisionPolicy;
import dev.reviewpanel.synthesis.scoring.DecisionProperties;
import dev.reviewpanel.synthesis.scoring.RiskScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReviewReport} from an offline run, with the synthesis service's own merging, ranking,
 * risk score and default verdict thresholds, so a local gate and a served review agree.
 */
final class OfflineReport {

  static final String REVIEW_ID = "local";

  private static final DecisionPolicy POLICY =
      new DecisionPolicy(new DecisionProperties(Severity.CRITICAL, Severity.HIGH));

  private OfflineReport() {}

  static ReviewReport of(OfflineAnalysis.Result result, Instant started) {
    return of(result, List.of(), started);
  }

  /**
   * @param notWalked directories the walk left out as a whole (vendored, build output)
   */
  static ReviewReport of(
      OfflineAnalysis.Result result, List<NotAnalyzed> notWalked, Instant started) {
    List<Finding> findings = FindingMerger.merge(result.findings());
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    List<AgentSummary> agents = new ArrayList<>();
    int files = 0;
    int lines = 0;
    int problems = 0;
    for (Map.Entry<String, Analysis> entry : result.byAgent().entrySet()) {
      Analysis analysis = entry.getValue();
      agents.add(
          new AgentSummary(
              entry.getKey(),
              AgentOutcome.COMPLETED,
              analysis.findings().size(),
              analysis.duration().toMillis()));
      files = Math.max(files, analysis.files());
      lines = Math.max(lines, analysis.lines());
      problems += analysis.problems().size();
    }
    Status status = problems == 0 ? Status.COMPLETE : Status.PARTIAL;
    List<NotAnalyzed> notAnalyzed = NotAnalyzedMerge.of(result.byAgent(), notWalked);
    String summary =
        String.format(
            "Offline analysis of %d file(s), %d line(s) by %s: %d finding(s)%s%s.",
            files,
            lines,
            String.join(", ", result.byAgent().keySet()),
            findings.size(),
            problems == 0 ? "" : ", " + problems + " file(s) or analyzer(s) with problems",
            notAnalyzed.isEmpty()
                ? ""
                : "; "
                    + notAnalyzed.size()
                    + " file(s) or directories not or only partly analyzed"
                    + NotAnalyzedMerge.byReason(notAnalyzed));
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        Instant.now(),
        REVIEW_ID,
        status,
        POLICY.decide(status, findings),
        RiskScore.of(findings),
        summary,
        findings,
        counts,
        agents,
        started,
        Instant.now(),
        null,
        null,
        notAnalyzed,
        null);
  }
}
