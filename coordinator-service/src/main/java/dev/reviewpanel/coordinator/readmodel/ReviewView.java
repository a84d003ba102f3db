package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one review for {@code GET /api/reviews/{id}}.
 *
 * @param report present once synthesis has published it, until it is evicted from memory
 * @param reportEvicted true when the report was dropped from memory to bound it; the full report
 *     stays on {@code review-reports}
 */
public record ReviewView(
    String reviewId,
    ReviewStatus status,
    List<AgentView> agents,
    Instant submittedAt,
    SourceRef source,
    ReviewReport report,
    boolean reportEvicted) {

  /** Progress of one agent; status is PENDING, RUNNING, COMPLETED, FAILED or TIMED_OUT. */
  public record AgentView(
      String agent, String status, int tasks, int completedTasks, int failedTasks, int findings) {}
}
