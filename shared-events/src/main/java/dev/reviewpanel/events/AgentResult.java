package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/** What one agent found in one task, or why it could not finish. */
public record AgentResult(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    String taskId,
    String agent,
    Status status,
    List<Finding> findings,
    Stats stats,
    Error error,
    String workerId) {

  public static final int SCHEMA_VERSION = 1;

  public AgentResult {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    findings = findings == null ? List.of() : List.copyOf(findings);
    stats = stats == null ? new Stats(0, 0, 0, 0, 0) : stats;
  }

  public enum Status {
    COMPLETED,
    FAILED
  }

  public record Stats(
      long durationMs, int files, int lines, long llmInputTokens, long llmOutputTokens) {}

  /** Why a task failed: an error kind and a human-readable message. */
  public record Error(String type, String message) {}
}
