package dev.reviewpanel.coordinator.backpressure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One token bucket per client key; a bucket refills continuously up to its burst. */
final class TokenBuckets {

  private static final int MAX_KEYS = 10_000;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(double perSecond, int burst, LongSupplier nanoTime) {
    this.perNano = perSecond / 1e9;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  boolean enabled() {
    return perNano > 0;
  }

  /** Takes a token for {@code key}: {@link Duration#ZERO} when granted, else the wait for one. */
  Duration take(String key) {
    if (!enabled()) {
      return Duration.ZERO;
    }
    if (buckets.size() > MAX_KEYS) {
      // keys come from configuration, so this only trims anonymous churn; a full bucket is lost
      buckets.clear();
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(burst, nanoTime.getAsLong())).take();
  }

  private final class Bucket {

    private double tokens;
    private long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    synchronized Duration take() {
      long now = nanoTime.getAsLong();
      tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }
  }
}
