package dev.reviewpanel.coordinator.backpressure;

import java.time.Duration;

/** A submission refused for now: answered 429 with {@code Retry-After}; nothing was enqueued. */
public class BackpressureException extends RuntimeException {

  private final String code;
  private final Duration retryAfter;

  BackpressureException(String code, String message, Duration retryAfter) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** {@code backlog_full}, {@code intake_busy} or {@code rate_limited}. */
  public String code() {
    return code;
  }

  /** Whole seconds, at least one, as {@code Retry-After} wants them. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
