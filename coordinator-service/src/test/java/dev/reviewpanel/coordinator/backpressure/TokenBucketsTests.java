package dev.reviewpanel.coordinator.backpressure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

  private static final Duration MILLI = Duration.ofMillis(1);

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void shouldSayWhenTheKeysBucketHoldsATokenAgain() {
    TokenBuckets buckets = new TokenBuckets(0.5, 2, nanos::get);
    assertThat(buckets.take("k")).isZero();
    assertThat(buckets.take("k")).isZero();

    assertThat(buckets.take("k")).isCloseTo(Duration.ofSeconds(2), MILLI);
    nanos.addAndGet(Duration.ofMillis(1_500).toNanos());
    assertThat(buckets.take("k")).isCloseTo(Duration.ofMillis(500), MILLI);
    assertThat(buckets.take("other")).as("its own bucket").isZero();
    // a hair past the refill, as floating point has it
    nanos.addAndGet(Duration.ofMillis(501).toNanos());
    assertThat(buckets.take("k")).isZero();
    assertThat(buckets.take("k")).isCloseTo(Duration.ofMillis(1_999), MILLI);
  }

  @Test
  void shouldLetEverythingThroughWhenTheRateIsZero() {
    TokenBuckets buckets = new TokenBuckets(0, 1, nanos::get);
    for (int i = 0; i < 5; i++) {
      assertThat(buckets.take("k")).isZero();
    }
  }
}
