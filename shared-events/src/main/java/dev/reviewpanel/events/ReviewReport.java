package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The synthesized verdict on a review. Published compacted on {@link Topics#REVIEW_REPORTS}.
 *
 * @param notAnalyzed every file of the review, or part of one, that was not analyzed, with why
 * @param panel the agents' votes and how they became the decision, or null (older reports)
 */
public record ReviewReport(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    Status status,
    Decision decision,
    int riskScore,
    String summary,
    List<Finding> findings,
    Map<Severity, Integer> counts,
    List<AgentSummary> agents,
    Instant submittedAt,
    Instant completedAt,
    SourceRef source,
    LlmSummary llm,
    List<NotAnalyzed> notAnalyzed,
    Panel panel) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewReport {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    findings = findings == null ? List.of() : List.copyOf(findings);
    counts = counts == null ? Map.of() : Map.copyOf(counts);
    agents = agents == null ? List.of() : List.copyOf(agents);
    notAnalyzed = notAnalyzed == null ? List.of() : List.copyOf(notAnalyzed);
  }

  /** A report without files left unanalyzed and without panel votes. */
  public ReviewReport(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      Status status,
      Decision decision,
      int riskScore,
      String summary,
      List<Finding> findings,
      Map<Severity, Integer> counts,
      List<AgentSummary> agents,
      Instant submittedAt,
      Instant completedAt,
      SourceRef source,
      LlmSummary llm) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        status,
        decision,
        riskScore,
        summary,
        findings,
        counts,
        agents,
        submittedAt,
        completedAt,
        source,
        llm,
        List.of(),
        null);
  }

  /** A report without LLM involvement. */
  public ReviewReport(
      int schemaVersion,
      Instant occurredAt,
      String reviewId,
      Status status,
      Decision decision,
      int riskScore,
      String summary,
      List<Finding> findings,
      Map<Severity, Integer> counts,
      List<AgentSummary> agents,
      Instant submittedAt,
      Instant completedAt,
      SourceRef source) {
    this(
        schemaVersion,
        occurredAt,
        reviewId,
        status,
        decision,
        riskScore,
        summary,
        findings,
        counts,
        agents,
        submittedAt,
        completedAt,
        source,
        null);
  }

  public enum Status {
    COMPLETE,
    PARTIAL,
    FAILED
  }

  public enum Decision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
  }

  public enum AgentOutcome {
    COMPLETED,
    FAILED,
    TIMED_OUT
  }

  /**
   * How one agent fared across all its tasks.
   *
   * @param note why the agent's part is incomplete or degraded (unreviewed code, LLM outage), or
   *     null
   */
  public record AgentSummary(
      String agent, AgentOutcome status, int findings, long durationMs, String note) {

    public AgentSummary(String agent, AgentOutcome status, int findings, long durationMs) {
      this(agent, status, findings, durationMs, null);
    }
  }

  /** Where the summary came from. */
  public enum SummaryOrigin {
    TEMPLATE,
    LLM
  }

  /**
   * LLM use across the review; absent when no agent used a model.
   *
   * @param degradedAgents agents whose model was unavailable, so their part is rules only
   * @param unreviewed code the models did not see (agent: path), never dropped silently
   */
  public record LlmSummary(
      long inputTokens,
      long outputTokens,
      double estimatedCost,
      List<String> degradedAgents,
      List<String> unreviewed,
      SummaryOrigin summaryOrigin) {

    public LlmSummary {
      degradedAgents = degradedAgents == null ? List.of() : List.copyOf(degradedAgents);
      unreviewed = unreviewed == null ? List.of() : List.copyOf(unreviewed);
    }
  }
}
