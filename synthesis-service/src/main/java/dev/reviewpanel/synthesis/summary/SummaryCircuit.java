package dev.reviewpanel.synthesis.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops asking a failing model for summaries: open for {@code openFor} after {@code threshold}
 * consecutive failures, then one probe. Thread-safe.
 */
final class SummaryCircuit {

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private Instant openUntil;

  SummaryCircuit(int threshold, Duration openFor, Clock clock) {
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  synchronized boolean allowRequest() {
    if (openUntil == null) {
      return true;
    }
    if (clock.instant().isBefore(openUntil)) {
      return false;
    }
    openUntil = clock.instant().plus(openFor); // one probe; its success closes the circuit
    return true;
  }

  synchronized void onSuccess() {
    failures = 0;
    openUntil = null;
  }

  synchronized void onFailure() {
    if (++failures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
  }
}
