package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/** The tasks a review was split into; synthesis waits for exactly these. */
public record ReviewPlan(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    List<PlannedTask> tasks,
    Instant deadline,
    Instant submittedAt,
    SourceRef source) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewPlan {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  /** One task of the plan: which agent analyzes which shard. */
  public record PlannedTask(String taskId, String agent) {}
}
