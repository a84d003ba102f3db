package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/**
 * The tasks a review was split into; synthesis waits for exactly these.
 *
 * @param notAnalyzed submitted files no agent was given (e.g. a line over the limit), with why
 */
public record ReviewPlan(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    List<PlannedTask> tasks,
    Instant deadline,
    Instant submittedAt,
    SourceRef source,
    List<NotAnalyzed> notAnalyzed) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewPlan {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    notAnalyzed = notAnalyzed == null ? List.of() : List.copyOf(notAnalyzed);
  }

  /** A plan in which every submitted file went to the agents. */
  public ReviewPlan(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      List<PlannedTask> tasks,
      Instant deadline,
      Instant submittedAt,
      SourceRef source) {
    this(schemaVersion, occurredAt, reviewId, tasks, deadline, submittedAt, source, List.of());
  }

  /** One task of the plan: which agent analyzes which shard. */
  public record PlannedTask(String taskId, String agent) {}
}
