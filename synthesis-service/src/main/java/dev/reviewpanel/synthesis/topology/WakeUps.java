package dev.reviewpanel.synthesis.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When to look at a review again (deadline, end of retention), in a store keyed by zero-padded
 * epoch millis and review id, so each sweep reads only what is due instead of every review.
 */
final class WakeUps {

  private static final Logger log = LoggerFactory.getLogger(WakeUps.class);

  private final KeyValueStore<String, String> store;

  WakeUps(KeyValueStore<String, String> store) {
    this.store = store;
  }

  void schedule(Instant at, String reviewId) {
    store.put(millis(at.toEpochMilli()) + "|" + reviewId, reviewId);
  }

  /**
   * Hands each review due at {@code now} to {@code handle}, earliest first, and removes its
   * wake-ups only once it was handled. A review whose handling throws is looked at again after
   * {@code retryInterval}, so it neither loses its deadline nor holds up the reviews due after it.
   */
  void handleDue(Instant now, Duration retryInterval, Consumer<String> handle) {
    for (Due due : due(now)) {
      try {
        handle.accept(due.reviewId());
        done(due);
      } catch (KafkaException e) {
        throw e; // Streams' own failure: the wake-up stays for when the task has recovered
      } catch (RuntimeException e) {
        done(due);
        schedule(now.plus(retryInterval), due.reviewId());
        log.error("Could not handle review {}; retrying in {}", due.reviewId(), retryInterval, e);
      }
    }
  }

  private List<Due> due(Instant now) {
    Map<String, List<String>> keysByReview = new LinkedHashMap<>();
    // keys are "millis|id", so every key due at now sorts below the bare millis of now + 1
    try (KeyValueIterator<String, String> it = store.range(null, millis(now.toEpochMilli() + 1))) {
      it.forEachRemaining(
          entry ->
              keysByReview.computeIfAbsent(entry.value, id -> new ArrayList<>()).add(entry.key));
    }
    List<Due> due = new ArrayList<>();
    keysByReview.forEach((reviewId, keys) -> due.add(new Due(reviewId, keys)));
    return due;
  }

  private void done(Due due) {
    due.keys().forEach(store::delete);
  }

  // zero-padded to 19 digits so keys sort by time; what String.format("%019d") gives, cheaper
  static String millis(long epochMillis) {
    String digits = Long.toString(Math.max(0, epochMillis));
    return "0".repeat(19 - digits.length()) + digits;
  }

  /** A review that is due and the store keys of its wake-ups. */
  private record Due(String reviewId, List<String> keys) {}
}
