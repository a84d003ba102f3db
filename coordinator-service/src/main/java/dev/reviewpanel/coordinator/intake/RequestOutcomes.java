package dev.reviewpanel.coordinator.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code review.requests{outcome}}: every request counts once, whatever channel it came by. */
@Component
class RequestOutcomes {

  private final Counter accepted;
  private final Counter rejected;
  private final Counter duplicate;

  RequestOutcomes(MeterRegistry registry) {
    this.accepted = counter(registry, "accepted");
    this.rejected = counter(registry, "rejected");
    this.duplicate = counter(registry, "duplicate");
  }

  void accepted() {
    accepted.increment();
  }

  void rejected() {
    rejected.increment();
  }

  void duplicate() {
    duplicate.increment();
  }

  private static Counter counter(MeterRegistry registry, String outcome) {
    return Counter.builder("review.requests")
        .description("Review requests by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
