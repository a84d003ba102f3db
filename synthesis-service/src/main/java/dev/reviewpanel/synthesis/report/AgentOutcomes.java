package dev.reviewpanel.synthesis.report;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each agent and the review as a whole fared. An agent with several shards counts as COMPLETED
 * only when all of them completed, FAILED when any failed, TIMED_OUT when any is missing; the
 * review is COMPLETE when every task completed, FAILED when none did, PARTIAL in between.
 */
final class AgentOutcomes {

  private AgentOutcomes() {}

  static List<AgentSummary> summarize(ReviewPlan plan, Map<String, AgentResult> results) {
    Map<String, List<PlannedTask>> tasksByAgent = new LinkedHashMap<>();
    for (PlannedTask task : plan.tasks()) {
      tasksByAgent.computeIfAbsent(task.agent(), a -> new ArrayList<>()).add(task);
    }
    List<AgentSummary> summaries = new ArrayList<>();
    tasksByAgent.forEach((agent, tasks) -> summaries.add(summarize(agent, tasks, results)));
    return summaries;
  }

  static Status status(ReviewPlan plan, Map<String, AgentResult> results) {
    long completed =
        plan.tasks().stream()
            .map(task -> results.get(task.taskId()))
            .filter(r -> r != null && r.status() == AgentResult.Status.COMPLETED)
            .count();
    if (completed == plan.tasks().size()) {
      return Status.COMPLETE;
    }
    return completed == 0 ? Status.FAILED : Status.PARTIAL;
  }

  private static AgentSummary summarize(
      String agent, List<PlannedTask> tasks, Map<String, AgentResult> results) {
    boolean failed = false;
    boolean missing = false;
    int findings = 0;
    long durationMs = 0;
    for (PlannedTask task : tasks) {
      AgentResult result = results.get(task.taskId());
      if (result == null) {
        missing = true;
        continue;
      }
      failed |= result.status() != AgentResult.Status.COMPLETED;
      findings += result.findings().size();
      durationMs = Math.max(durationMs, result.stats().durationMs());
    }
    AgentOutcome outcome =
        failed ? AgentOutcome.FAILED : missing ? AgentOutcome.TIMED_OUT : AgentOutcome.COMPLETED;
    return new AgentSummary(agent, outcome, findings, durationMs);
  }
}
