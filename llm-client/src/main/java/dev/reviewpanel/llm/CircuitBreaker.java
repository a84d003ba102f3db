package dev.reviewpanel.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a provider that keeps failing: after {@code threshold} consecutive failures the
 * circuit opens for {@code openFor}; then a single probe request is let through, and its outcome
 * closes or reopens it. Thread-safe.
 */
public final class CircuitBreaker {

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private Instant openUntil;
  private boolean probing;

  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** True when a request may go out now. */
  public synchronized boolean allowRequest() {
    if (openUntil == null) {
      return true;
    }
    if (clock.instant().isBefore(openUntil) || probing) {
      return false;
    }
    probing = true;
    return true;
  }

  public synchronized boolean isOpen() {
    return openUntil != null;
  }

  public synchronized void onSuccess() {
    failures = 0;
    openUntil = null;
    probing = false;
  }

  public synchronized void onFailure() {
    failures++;
    if (probing || failures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
    probing = false;
  }
}
