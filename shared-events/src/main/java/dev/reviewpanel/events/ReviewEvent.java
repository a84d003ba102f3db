package dev.reviewpanel.events;

import java.time.Instant;
import java.util.Map;

/** Progress of a review, for live streams and audit. {@code data} depends on {@code type}. */
public record ReviewEvent(
    int schemaVersion,
    Instant occurredAt,
    String reviewId,
    Type type,
    String agent,
    Map<String, Object> data) {

  public static final int SCHEMA_VERSION = 1;

  public ReviewEvent {
    schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    data = data == null ? Map.of() : data;
  }

  public static ReviewEvent of(String reviewId, Type type, String agent, Map<String, Object> data) {
    return new ReviewEvent(SCHEMA_VERSION, Instant.now(), reviewId, type, agent, data);
  }

  public enum Type {
    ACCEPTED,
    PLANNED,
    AGENT_STARTED,
    FINDING,
    AGENT_COMPLETED,
    AGENT_FAILED,
    REPORT_READY
  }
}
