package dev.reviewpanel.coordinator.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The review ids planned within the idempotency window, per {@code review-requests} partition this
 * instance owns. Requests are keyed by review id, so all of one review's requests meet on one
 * partition, and one consumer owns a partition at a time: checked here, a review is planned once
 * however many replicas received it. On assignment a partition's ids are read back from {@code
 * review-plans}, whose records commit in the same transaction as the request offsets.
 */
final class PlannedReviews {

  private final Duration window;
  // per partition, review id -> when planned (epoch ms), oldest first
  private final Map<Integer, LinkedHashMap<String, Long>> byPartition = new HashMap<>();

  PlannedReviews(Duration window) {
    this.window = window;
  }

  synchronized void assigned(int partition, Map<String, Long> planned) {
    LinkedHashMap<String, Long> ids = new LinkedHashMap<>();
    planned.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> ids.put(e.getKey(), e.getValue()));
    byPartition.put(partition, ids);
  }

  synchronized void revoked(Collection<Integer> partitions) {
    partitions.forEach(byPartition::remove);
  }

  synchronized Set<Integer> partitions() {
    return Set.copyOf(byPartition.keySet());
  }

  synchronized boolean contains(int partition, String reviewId) {
    Map<String, Long> ids = byPartition.get(partition);
    return ids != null && ids.containsKey(reviewId);
  }

  /** Records ids whose plans committed, and forgets those older than the window. */
  synchronized void planned(int partition, Map<String, Long> committed, long nowMillis) {
    LinkedHashMap<String, Long> ids =
        byPartition.computeIfAbsent(partition, p -> new LinkedHashMap<>());
    ids.putAll(committed);
    long oldest = nowMillis - window.toMillis();
    Iterator<Long> it = ids.values().iterator();
    while (it.hasNext() && it.next() < oldest) {
      it.remove();
    }
  }

  synchronized int size() {
    return byPartition.values().stream().mapToInt(Map::size).sum();
  }

  Duration window() {
    return window;
  }
}
