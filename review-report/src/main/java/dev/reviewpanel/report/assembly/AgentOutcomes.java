package dev.reviewpanel.report.assembly;

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
 * only when all of them completed, FAILED when any failed, TIMED_OUT when any is missing or ran out
 * of its time budget (a COMPLETED result with error type {@value #BUDGET_EXHAUSTED}: its findings
 * count, but some of its code went unreviewed); the review is COMPLETE when every task completed in
 * full, FAILED when no task delivered a result, PARTIAL in between.
 */
final class AgentOutcomes {

  /** The error type a worker gives a COMPLETED result whose time budget cut files off. */
  static final String BUDGET_EXHAUSTED = "BudgetExhausted";

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
    List<AgentResult> delivered =
        plan.tasks().stream()
            .map(task -> results.get(task.taskId()))
            .filter(r -> r != null && r.status() == AgentResult.Status.COMPLETED)
            .toList();
    if (delivered.size() == plan.tasks().size()
        && delivered.stream().noneMatch(AgentOutcomes::cutShort)) {
      return Status.COMPLETE;
    }
    return delivered.isEmpty() ? Status.FAILED : Status.PARTIAL;
  }

  /** A COMPLETED result whose time budget ran out before all its files were analyzed. */
  static boolean cutShort(AgentResult result) {
    return result.status() == AgentResult.Status.COMPLETED
        && result.error() != null
        && BUDGET_EXHAUSTED.equals(result.error().type());
  }

  private static AgentSummary summarize(
      String agent, List<PlannedTask> tasks, Map<String, AgentResult> results) {
    boolean failed = false;
    boolean unfinished = false;
    int findings = 0;
    long durationMs = 0;
    for (PlannedTask task : tasks) {
      AgentResult result = results.get(task.taskId());
      if (result == null) {
        unfinished = true;
        continue;
      }
      failed |= result.status() != AgentResult.Status.COMPLETED;
      unfinished |= cutShort(result);
      findings += result.findings().size();
      durationMs = Math.max(durationMs, result.stats().durationMs());
    }
    AgentOutcome outcome =
        failed ? AgentOutcome.FAILED : unfinished ? AgentOutcome.TIMED_OUT : AgentOutcome.COMPLETED;
    return new AgentSummary(agent, outcome, findings, durationMs);
  }
}
