package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.ReviewTask;
import java.util.HashMap;
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

  /**
   * Lines of code the review has to analyze: the non-blank lines of every file of its tasks, each
   * file once however many agents read it. Blank lines are left out because a raw diff's files are
   * mostly blank (lines the diff does not show) and cost next to nothing. What the backlog's size
   * bound counts, for REST and Kafka intake alike.
   */
  public long lines() {
    Map<String, String> files = new HashMap<>();
    tasks.forEach(t -> t.task().files().forEach(f -> files.putIfAbsent(f.path(), f.content())));
    return files.values().stream().mapToLong(PlannedReview::linesOfCode).sum();
  }

  private static long linesOfCode(String content) {
    if (content == null) {
      return 0;
    }
    long lines = 0;
    boolean blank = true;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n') {
        lines += blank ? 0 : 1;
        blank = true;
      } else if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    return blank ? lines : lines + 1;
  }

  /** A task and the topic its agent consumes. */
  public record TopicTask(String topic, ReviewTask task) {}
}
