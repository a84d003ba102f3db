package dev.reviewpanel.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens spent per review, as seen by this worker instance: a bounded map (least recently used
 * review evicted first) whose entries expire. Other instances and agents keep their own tallies, so
 * a review's total spend is at most the budget times the instances that worked on it. Thread-safe.
 */
final class ReviewBudgets {

  private final long budget;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Spend> spent;

  ReviewBudgets(long budget, int maxReviews, Duration ttl, Clock clock) {
    this.budget = budget;
    this.ttl = ttl;
    this.clock = clock;
    this.spent =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Spend> eldest) {
            return size() > maxReviews;
          }
        };
  }

  /** Tokens the review may still spend here. */
  synchronized long remaining(String reviewId) {
    Spend s = current(reviewId);
    return s == null ? budget : Math.max(0, budget - s.tokens());
  }

  synchronized void spend(String reviewId, long tokens) {
    Spend s = current(reviewId);
    spent.put(reviewId, new Spend((s == null ? 0 : s.tokens()) + tokens, clock.instant()));
  }

  private Spend current(String reviewId) {
    Spend s = spent.get(reviewId);
    if (s != null && s.since().plus(ttl).isBefore(clock.instant())) {
      spent.remove(reviewId);
      return null;
    }
    return s;
  }

  private record Spend(long tokens, Instant since) {}
}
