package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What synthesis knows about one review, as stored in the state store.
 *
 * @param plan null until the plan arrives
 * @param results results of planned tasks, by task id
 * @param awaitingPlan results that arrived before the plan, by task id
 * @param firstSeenAt when the first record of this review arrived
 * @param reportedAt when the report was emitted; null while the review is open
 */
record ReviewAggregate(
    String reviewId,
    ReviewPlan plan,
    Map<String, AgentResult> results,
    Map<String, AgentResult> awaitingPlan,
    Instant firstSeenAt,
    Instant reportedAt) {

  ReviewAggregate {
    results = results == null ? Map.of() : Map.copyOf(results);
    awaitingPlan = awaitingPlan == null ? Map.of() : Map.copyOf(awaitingPlan);
  }

  static ReviewAggregate open(String reviewId, Instant now) {
    return new ReviewAggregate(reviewId, null, null, null, now, null);
  }

  boolean hasPlan() {
    return plan != null;
  }

  boolean isReported() {
    return reportedAt != null;
  }

  boolean isPlanned(String taskId) {
    return plan.tasks().stream().anyMatch(task -> task.taskId().equals(taskId));
  }

  boolean hasResult(String taskId) {
    return results.containsKey(taskId) || awaitingPlan.containsKey(taskId);
  }

  boolean allTasksReported() {
    return hasPlan() && plan.tasks().stream().allMatch(task -> results.containsKey(task.taskId()));
  }

  /** Buffered results whose task the plan does not contain; they are dropped by withPlan. */
  Set<String> unplannedTaskIds(ReviewPlan newPlan) {
    Set<String> planned =
        newPlan.tasks().stream().map(PlannedTask::taskId).collect(Collectors.toSet());
    return awaitingPlan.keySet().stream()
        .filter(id -> !planned.contains(id))
        .collect(Collectors.toSet());
  }

  ReviewAggregate withPlan(ReviewPlan newPlan) {
    Map<String, AgentResult> planned = new HashMap<>();
    for (PlannedTask task : newPlan.tasks()) {
      AgentResult early = awaitingPlan.get(task.taskId());
      if (early != null) {
        planned.put(task.taskId(), early);
      }
    }
    return new ReviewAggregate(reviewId, newPlan, planned, null, firstSeenAt, null);
  }

  ReviewAggregate withResult(AgentResult result) {
    Map<String, AgentResult> target = new HashMap<>(hasPlan() ? results : awaitingPlan);
    target.putIfAbsent(result.taskId(), result);
    return hasPlan()
        ? new ReviewAggregate(reviewId, plan, target, awaitingPlan, firstSeenAt, null)
        : new ReviewAggregate(reviewId, null, results, target, firstSeenAt, null);
  }

  /**
   * When to forget this review: results without a plan wait one retention; a reported review is
   * kept one retention past its report and its deadline, so a redelivered plan is still recognised
   * as a duplicate for as long as it would not count as stale.
   */
  Instant forgetAt(Duration retention) {
    if (!isReported()) {
      return firstSeenAt.plus(retention);
    }
    Instant deadline = plan == null || plan.deadline() == null ? reportedAt : plan.deadline();
    return (deadline.isAfter(reportedAt) ? deadline : reportedAt).plus(retention);
  }

  /** The results are in the report now; keeping only the plan is enough to ignore late ones. */
  ReviewAggregate reported(Instant at) {
    return new ReviewAggregate(reviewId, plan, null, null, firstSeenAt, at);
  }
}
