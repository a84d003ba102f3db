package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;

/**
 * What one agent found in one task, or why it could not finish.
 *
 * @param notAnalyzed the task's files, or parts of them, this agent did not analyze, with why
 * @param vote the agent's vote from its own findings, or null (a failed task, an older worker)
 */
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
    String workerId,
    LlmUsage llm,
    List<NotAnalyzed> notAnalyzed,
    AgentVote vote) {

  public static final int SCHEMA_VERSION = 1;

  public AgentResult {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    findings = findings == null ? List.of() : List.copyOf(findings);
    stats = stats == null ? new Stats(0, 0, 0, 0, 0) : stats;
    notAnalyzed = notAnalyzed == null ? List.of() : List.copyOf(notAnalyzed);
  }

  /** A result without files left unanalyzed and without a vote. */
  public AgentResult(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      String taskId,
      String agent,
      Status status,
      List<Finding> findings,
      Stats stats,
      Error error,
      String workerId,
      LlmUsage llm) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        taskId,
        agent,
        status,
        findings,
        stats,
        error,
        workerId,
        llm,
        List.of(),
        null);
  }

  /** A result without an LLM reviewer (rules only). */
  public AgentResult(
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
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        taskId,
        agent,
        status,
        findings,
        stats,
        error,
        workerId,
        null);
  }

  public enum Status {
    COMPLETED,
    FAILED
  }

  public record Stats(
      long durationMs, int files, int lines, long llmInputTokens, long llmOutputTokens) {}

  /** Why a task failed: an error kind and a human-readable message. */
  public record Error(String type, String message) {}

  /** How the LLM reviewer took part in a task; absent when no model is configured. */
  public enum LlmStatus {
    /** The model reviewed every chunk of the task. */
    REVIEWED,
    /** The model reviewed part of the task: see {@link LlmUsage#unreviewed()}. */
    PARTIAL,
    /** The provider failed or its circuit was open: the result holds rule findings only. */
    DEGRADED,
    /** The review's token budget was spent before this task: rule findings only. */
    BUDGET_EXHAUSTED
  }

  /**
   * The LLM reviewer's part in a task.
   *
   * @param unreviewed paths (optionally {@code path:start-end}) the model did not see, never silent
   * @param droppedFindings model findings dropped for invented lines or lines outside the diff
   * @param note a short human-readable explanation when the status is not {@code REVIEWED}
   */
  public record LlmUsage(
      String model,
      LlmStatus status,
      int requests,
      long inputTokens,
      long outputTokens,
      double estimatedCost,
      int droppedFindings,
      List<String> unreviewed,
      String note) {

    public LlmUsage {
      unreviewed = unreviewed == null ? List.of() : List.copyOf(unreviewed);
    }
  }
}
