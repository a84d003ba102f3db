package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.ReviewTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review cut into tasks, ready to publish.
 *
 * @param request the accepted request, with its final reviewId
 * @param tasks each task with the topic it goes to, in plan order
 */
public record PlannedReview(ReviewRequest request, ReviewPlan plan, List<TopicTask> tasks) {

  public PlannedReview {
    tasks = List.copyOf(tasks);
  }

  public String reviewId() {
    return plan.reviewId();
  }

  /** Tasks per agent, in plan order. */
  public Map<String, Integer> tasksByAgent() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tasks.forEach(t -> counts.merge(t.task().agent(), 1, Integer::sum));
    return counts;
  }

  /** A task and the topic its agent consumes. */
  public record TopicTask(String topic, ReviewTask task) {}
}
