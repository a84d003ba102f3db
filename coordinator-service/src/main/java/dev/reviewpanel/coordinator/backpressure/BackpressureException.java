package dev.reviewpanel.coordinator.backpressure;

import java.time.Duration;

/** A submission refused for now: answered 429 with {@code Retry-After}; nothing was enqueued. */
public class BackpressureException extends RuntimeException {

  private final Refusal refusal;
  private final Duration retryAfter;

  BackpressureException(Refusal refusal, String message, Duration retryAfter) {
    super(message);
    this.refusal = refusal;
    this.retryAfter = retryAfter;
  }

  /** What the client reads: {@code backlog_full}, {@code intake_busy} or {@code rate_limited}. */
  public String code() {
    return refusal.code();
  }

  /** Which bound refused it, for the meters. */
  public Refusal refusal() {
    return refusal;
  }

  /** Whole seconds, at least one, as {@code Retry-After} wants them. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
