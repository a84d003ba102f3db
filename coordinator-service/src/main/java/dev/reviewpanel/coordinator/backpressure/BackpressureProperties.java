package dev.reviewpanel.coordinator.backpressure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the intake says "not now" (429 with {@code Retry-After}) instead of letting work pile up.
 *
 * @param maxBacklog reviews accepted but not yet reported (plus those this instance enqueued and
 *     not yet saw accepted) at which new submissions are refused and the Kafka intake pauses
 * @param maxBacklogLines non-blank lines of code in those reviews (their analyzed files, each
 *     counted once whatever the number of agents) at which new submissions are refused and the
 *     Kafka intake pauses: the count alone lets 500 reviews of 10,000 lines in, hours of work. The
 *     default, 1,000,000 lines, is about a minute of work for one JVM on two cores, which carries
 *     the 50-file 10,000-line review at 2 per second (about 20,000 lines a second, every agent
 *     included; {@code docs/performance.md}); small reviews meet the review count first (500 of the
 *     138-line example are 69,000 lines). Scale it with the workers' capacity.
 * @param maxPendingSends submissions waiting for the broker's acknowledgement at once; beyond it
 *     the intake's own queue is full
 * @param retryAfter what {@code Retry-After} says when the intake's queue is full; for a full
 *     backlog, the least it says, and what it says while too few reports came in to measure how
 *     fast the backlog drains
 * @param maxRetryAfter the most {@code Retry-After} says for a full backlog, whose estimate (the
 *     time the waiting reviews take at the rate reports came in over the last minute) can be long
 * @param openReviewTtl how long an accepted review counts as open without a report (a review that
 *     never reports must not hold the backlog forever); longer than any review's timeout
 * @param rateLimit per API key, a token bucket
 */
@Validated
@ConfigurationProperties("review.backpressure")
public record BackpressureProperties(
    @Min(1) @DefaultValue("500") int maxBacklog,
    @Min(1) @DefaultValue("1000000") long maxBacklogLines,
    @Min(1) @DefaultValue("256") int maxPendingSends,
    @NotNull @DefaultValue("1s") Duration retryAfter,
    @NotNull @DefaultValue("60s") Duration maxRetryAfter,
    @NotNull @DefaultValue("PT35M") Duration openReviewTtl,
    @Valid @NotNull @DefaultValue RateLimit rateLimit) {

  /**
   * A token bucket per API key (or one for all anonymous clients when no keys are configured).
   *
   * @param perSecond submissions per second a key may sustain; 0 switches the limit off
   * @param burst submissions a key may send at once after a quiet spell
   */
  public record RateLimit(
      @Min(0) @DefaultValue("0") double perSecond, @Min(1) @DefaultValue("50") int burst) {}

  /** The ceiling is not below the floor, or every estimate would be cut to less than the floor. */
  @AssertTrue(message = "maxRetryAfter must not be shorter than retryAfter")
  public boolean isRetryAfterOrdered() {
    return retryAfter == null || maxRetryAfter == null || maxRetryAfter.compareTo(retryAfter) >= 0;
  }
}
