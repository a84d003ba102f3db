package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.report.assembly.ReportAssembler;
import dev.reviewpanel.report.panel.AgentVotes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ReviewReport} from an offline run: each agent's analysis becomes the result and vote its
 * worker would publish, and the review-report library assembles them exactly as synthesis does
 * (merging, risk, panel, decision with the default bands), so a local gate and a served review
 * agree.
 */
final class OfflineReport {

  static final String REVIEW_ID = "local";

  private OfflineReport() {}

  static ReviewReport of(OfflineAnalysis.Result result, Instant started) {
    List<ReviewPlan.PlannedTask> tasks = new ArrayList<>();
    Map<String, AgentResult> results = new LinkedHashMap<>();
    int files = 0;
    int lines = 0;
    for (Map.Entry<String, Analysis> entry : result.byAgent().entrySet()) {
      String agent = entry.getKey();
      Analysis analysis = entry.getValue();
      String taskId = REVIEW_ID + ":" + agent;
      tasks.add(new ReviewPlan.PlannedTask(taskId, agent));
      results.put(taskId, result(taskId, agent, analysis));
      files = Math.max(files, analysis.files());
      lines = Math.max(lines, analysis.lines());
    }
    Instant now = Instant.now();
    ReviewPlan plan =
        new ReviewPlan(ReviewPlan.SCHEMA_VERSION, started, REVIEW_ID, tasks, now, started, null);
    ReviewReport report = new ReportAssembler().assemble(plan, results, now);
    String scope =
        String.format(
            "Offline analysis of %d file(s), %d line(s) by %s.",
            files, lines, String.join(", ", result.byAgent().keySet()));
    return new ReviewReport(
        report.schemaVersion(),
        report.occurredAt(),
        report.reviewId(),
        report.status(),
        report.decision(),
        report.riskScore(),
        scope + "\n" + report.summary(),
        report.findings(),
        report.counts(),
        report.agents(),
        report.submittedAt(),
        report.completedAt(),
        report.source(),
        report.llm(),
        report.notAnalyzed(),
        report.panel());
  }

  private static AgentResult result(String taskId, String agent, Analysis analysis) {
    List<NotAnalyzed> notAnalyzed = notAnalyzed(agent, analysis);
    return new AgentResult(
        AgentResult.SCHEMA_VERSION,
        null,
        REVIEW_ID,
        taskId,
        agent,
        AgentResult.Status.COMPLETED,
        analysis.findings(),
        new AgentResult.Stats(
            analysis.duration().toMillis(), analysis.files(), analysis.lines(), 0, 0),
        null,
        "local",
        null,
        notAnalyzed,
        AgentVotes.of(
            analysis.findings(), analysis.files(), notAnalyzed, analysis.budgetExhausted()));
  }

  // what the engine could not do, in the report's terms: every such file is listed with its reason
  static List<NotAnalyzed> notAnalyzed(String agent, Analysis analysis) {
    List<NotAnalyzed> entries = new ArrayList<>();
    for (Analysis.Problem problem : analysis.problems()) {
      boolean parse = Analysis.Problem.PARSER.equals(problem.analyzer());
      entries.add(
          new NotAnalyzed(
              problem.path(),
              parse ? NotAnalyzed.Reason.PARSE_ERROR : NotAnalyzed.Reason.ANALYZER_FAILED,
              parse ? problem.error() : problem.analyzer() + ": " + problem.error(),
              null,
              agent,
              !parse));
    }
    for (Analysis.Skipped skipped : analysis.skipped()) {
      boolean budget = skipped.reason() == Analysis.Skipped.Reason.BUDGET_EXHAUSTED;
      boolean excluded = skipped.reason() == Analysis.Skipped.Reason.EXCLUDED;
      entries.add(
          new NotAnalyzed(
              skipped.path(),
              budget
                  ? NotAnalyzed.Reason.TIME_BUDGET
                  : excluded ? NotAnalyzed.Reason.EXCLUDED : NotAnalyzed.Reason.UNSUPPORTED_TYPE,
              budget
                  ? "not run: " + String.join(", ", skipped.analyzersNotRun())
                  : excluded ? "excluded by the paths of .review-panel.yml" : null,
              null,
              agent,
              budget));
    }
    return entries;
  }
}
