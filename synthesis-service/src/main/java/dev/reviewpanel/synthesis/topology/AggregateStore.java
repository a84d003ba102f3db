package dev.reviewpanel.synthesis.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The aggregates store with the open reviews' aggregates also kept as objects, so each result of a
 * review reads its aggregate without deserializing the results before it again (the profile's
 * largest synthesis cost). The store stays the truth: every write goes through to it and its
 * changelog. Made anew at each processor init, so after a restore or a dirty close nothing stale
 * survives; reported reviews are small and read from the store.
 */
final class AggregateStore {

  private static final int MAX_OPEN = 10_000;

  private final KeyValueStore<String, ReviewAggregate> store;
  private final Map<String, ReviewAggregate> open =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReviewAggregate> eldest) {
          return size() > MAX_OPEN;
        }
      };

  AggregateStore(KeyValueStore<String, ReviewAggregate> store) {
    this.store = store;
  }

  ReviewAggregate get(String reviewId) {
    ReviewAggregate cached = open.get(reviewId);
    return cached != null ? cached : store.get(reviewId);
  }

  void put(String reviewId, ReviewAggregate aggregate) {
    store.put(reviewId, aggregate);
    if (aggregate.isReported()) {
      open.remove(reviewId);
    } else {
      open.put(reviewId, aggregate);
    }
  }

  void delete(String reviewId) {
    store.delete(reviewId);
    open.remove(reviewId);
  }
}
