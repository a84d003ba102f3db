package dev.reviewpanel.synthesis.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * When to look at a review again (deadline, end of retention), in a store keyed by zero-padded
 * epoch millis and review id, so each sweep reads only what is due instead of every review.
 */
final class WakeUps {

  private final KeyValueStore<String, String> store;

  WakeUps(KeyValueStore<String, String> store) {
    this.store = store;
  }

  void schedule(Instant at, String reviewId) {
    store.put(millis(at.toEpochMilli()) + "|" + reviewId, reviewId);
  }

  /** Removes and returns the reviews due at {@code now}, each once, earliest first. */
  Set<String> takeDue(Instant now) {
    List<KeyValue<String, String>> due = new ArrayList<>();
    // keys are "millis|id", so every key due at now sorts below the bare millis of now + 1
    try (KeyValueIterator<String, String> it = store.range(null, millis(now.toEpochMilli() + 1))) {
      it.forEachRemaining(due::add);
    }
    Set<String> reviewIds = new LinkedHashSet<>();
    for (KeyValue<String, String> entry : due) {
      store.delete(entry.key);
      reviewIds.add(entry.value);
    }
    return reviewIds;
  }

  private static String millis(long epochMillis) {
    return String.format("%019d", Math.max(0, epochMillis));
  }
}
