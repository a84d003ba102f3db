package dev.reviewpanel.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The synthesized verdict on a review. Published compacted on {@link Topics#REVIEW_REPORTS}. */
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
    SourceRef source) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewReport {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    findings = findings == null ? List.of() : List.copyOf(findings);
    counts = counts == null ? Map.of() : Map.copyOf(counts);
    agents = agents == null ? List.of() : List.copyOf(agents);
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

  /** How one agent fared across all its tasks. */
  public record AgentSummary(String agent, AgentOutcome status, int findings, long durationMs) {}
}
