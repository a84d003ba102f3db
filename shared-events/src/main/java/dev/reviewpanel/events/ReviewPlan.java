package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/**
 * The tasks a review was split into; synthesis waits for exactly these.
 *
 * @param notAnalyzed submitted files no agent was given (e.g. a line over the limit), with why
 * @param failOn the repository's {@code fail-on} ({@code .review-panel.yml}): the least severe
 *     counted finding that fails the review; null when the repository sets none
 */
public record ReviewPlan(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    List<PlannedTask> tasks,
    Instant deadline,
    Instant submittedAt,
    SourceRef source,
    List<NotAnalyzed> notAnalyzed,
    FailOn failOn) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewPlan {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    notAnalyzed = notAnalyzed == null ? List.of() : List.copyOf(notAnalyzed);
  }

  /** A plan without a repository {@code fail-on}. */
  public ReviewPlan(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      List<PlannedTask> tasks,
      Instant deadline,
      Instant submittedAt,
      SourceRef source,
      List<NotAnalyzed> notAnalyzed) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        tasks,
        deadline,
        submittedAt,
        source,
        notAnalyzed,
        null);
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

  /** The least severe counted finding that fails a review; {@link #NONE}: none does. */
  public enum FailOn {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO,
    NONE;

    /** True when a counted finding of {@code severity} fails the review. */
    public boolean failsOn(Severity severity) {
      return this != NONE && severity != null && severity.atLeast(Severity.valueOf(name()));
    }
  }
}
