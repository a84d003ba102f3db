package dev.reviewpanel.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One model request, timed and metered. A 429 whose {@code Retry-After} is short is waited out once
 * in place; anything else is returned as a classified failure for the caller to handle.
 */
final class ModelCall {

  private final ReviewModel model;
  private final LlmMetrics metrics;
  private final Duration maxRetryAfter;
  private final Clock clock;

  ModelCall(ReviewModel model, LlmMetrics metrics, Duration maxRetryAfter, Clock clock) {
    this.model = model;
    this.metrics = metrics;
    this.maxRetryAfter = maxRetryAfter;
    this.clock = clock;
  }

  Outcome ask(String system, String user) {
    Outcome first = once(system, user);
    ProviderFailure f = first.failure();
    if (f == null
        || !ProviderFailure.RATE_LIMITED.equals(f.kind())
        || f.retryAfter() == null
        || f.retryAfter().compareTo(maxRetryAfter) > 0) {
      return first;
    }
    try {
      Thread.sleep(f.retryAfter().toMillis()); // the provider asked for this short pause
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return first;
    }
    Outcome second = once(system, user);
    return new Outcome(second.reply(), second.failure(), 2);
  }

  private Outcome once(String system, String user) {
    Instant start = clock.instant();
    try {
      ModelReply reply = model.ask(system, user);
      metrics.request(Duration.between(start, clock.instant()), true);
      return new Outcome(reply, null, 1);
    } catch (RuntimeException e) {
      metrics.request(Duration.between(start, clock.instant()), false);
      ProviderFailure failure = ProviderFailure.of(e);
      metrics.error(failure.kind());
      return new Outcome(null, failure, 1);
    }
  }

  /** Either a reply or a failure, and how many requests it took. */
  record Outcome(ModelReply reply, ProviderFailure failure, int requests) {}
}
