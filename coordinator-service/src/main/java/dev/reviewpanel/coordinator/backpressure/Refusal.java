package dev.reviewpanel.coordinator.backpressure;

/**
 * Why the intake said "not now". The client sees {@link #code()}; the meters tell the two backlog
 * bounds apart, so a dashboard shows whether many reviews or a few big ones filled it.
 */
public enum Refusal {
  /** The key went over its rate. */
  RATE_LIMITED("rate_limited", "rate_limited"),
  /** As many reviews wait as {@code max-backlog} allows. */
  BACKLOG_REVIEWS("backlog_full", "backlog_reviews"),
  /** The waiting reviews hold as many lines as {@code max-backlog-lines} allows. */
  BACKLOG_LINES("backlog_full", "backlog_lines"),
  /** The intake's own queue of sends awaiting the broker is full. */
  INTAKE_BUSY("intake_busy", "intake_busy");

  private final String code;
  private final String reason;

  Refusal(String code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  public String code() {
    return code;
  }

  /** The {@code reason} tag of {@code review_backpressure_refusals_total}. */
  public String reason() {
    return reason;
  }
}
