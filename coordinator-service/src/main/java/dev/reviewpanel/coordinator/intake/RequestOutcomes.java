package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code review.requests{outcome}}: every request counts once, whatever channel it came by.
 * Accepted counts when its plan commits; refusals for backpressure and rate limits count apart from
 * invalid requests, so a dashboard tells "too much" from "wrong"; {@code
 * review.backpressure.refusals{reason}} says which bound refused.
 */
@Component
class RequestOutcomes {

  private final Counter accepted;
  private final Counter rejected;
  private final Counter duplicate;
  private final Counter backpressure;
  private final Counter rateLimited;
  private final Map<Refusal, Counter> refusals = new EnumMap<>(Refusal.class);

  RequestOutcomes(MeterRegistry registry) {
    this.accepted = counter(registry, "accepted");
    this.rejected = counter(registry, "rejected");
    this.duplicate = counter(registry, "duplicate");
    this.backpressure = counter(registry, "rejected_backpressure");
    this.rateLimited = counter(registry, "rejected_rate_limit");
    for (Refusal refusal : Refusal.values()) {
      refusals.put(
          refusal,
          Counter.builder("review.backpressure.refusals")
              .description("Submissions answered 429, by the bound that refused them")
              .tag("reason", refusal.reason())
              .register(registry));
    }
  }

  void accepted(int count) {
    accepted.increment(count);
  }

  void rejected() {
    rejected.increment();
  }

  void rejected(int count) {
    rejected.increment(count);
  }

  void duplicate() {
    duplicate.increment();
  }

  void duplicate(int count) {
    duplicate.increment(count);
  }

  /** A 429: the backlog or the intake's queue was full, or the key went over its rate. */
  void refused(Refusal refusal) {
    (refusal == Refusal.RATE_LIMITED ? rateLimited : backpressure).increment();
    refusals.get(refusal).increment();
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("review.requests")
        .description("Review requests by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
