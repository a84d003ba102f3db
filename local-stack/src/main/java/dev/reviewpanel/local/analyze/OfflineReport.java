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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    return of(result, List.of(), started);
  }

  /**
   * @param notWalked directories the walk left out as a whole (vendored, build output): what the
   *     coordinator would list in the plan
   */
  static ReviewReport of(
      OfflineAnalysis.Result result, List<NotAnalyzed> notWalked, Instant started) {
    Set<String> analyzed = analyzedPaths(result);
    List<ReviewPlan.PlannedTask> tasks = new ArrayList<>();
    Map<String, AgentResult> results = new LinkedHashMap<>();
    int files = 0;
    int lines = 0;
    for (Map.Entry<String, Analysis> entry : result.byAgent().entrySet()) {
      String agent = entry.getKey();
      Analysis analysis = entry.getValue();
      String taskId = REVIEW_ID + ":" + agent;
      tasks.add(new ReviewPlan.PlannedTask(taskId, agent));
      results.put(taskId, result(taskId, agent, analysis, analyzed));
      files = Math.max(files, analysis.files());
      lines = Math.max(lines, analysis.lines());
    }
    Instant now = Instant.now();
    ReviewPlan plan =
        new ReviewPlan(
            ReviewPlan.SCHEMA_VERSION, started, REVIEW_ID, tasks, now, started, null, notWalked);
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

  private static AgentResult result(
      String taskId, String agent, Analysis analysis, Set<String> analyzed) {
    List<NotAnalyzed> notAnalyzed = notAnalyzed(analysis, analyzed);
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

  // every agent sees every file offline, where the coordinator gives a file only to the agents
  // that read its type: a type one agent does not read is no gap when another agent read the file
  static List<NotAnalyzed> notAnalyzed(Analysis analysis, Set<String> analyzed) {
    return analysis.notAnalyzed().stream()
        .filter(
            n -> n.reason() != NotAnalyzed.Reason.UNSUPPORTED_TYPE || !analyzed.contains(n.path()))
        .toList();
  }

  // the files some agent analyzed: not skipped by it, nor excluded or unsupported for it
  private static Set<String> analyzedPaths(OfflineAnalysis.Result result) {
    Set<String> analyzed = new HashSet<>();
    for (FileRun file : result.files()) {
      analyzed.add(file.path());
    }
    return analyzed;
  }
}
