package dev.reviewpanel.coordinator.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts a list into consecutive shards of at most {@code maxItems} items and {@code maxBytes} bytes;
 * an item bigger than {@code maxBytes} on its own gets a shard of its own.
 */
final class Sharder {

  private Sharder() {}

  static <T> List<List<T>> shard(
      List<T> items, int maxItems, long maxBytes, ToLongFunction<T> sizeOf) {
    List<List<T>> shards = new ArrayList<>();
    List<T> current = new ArrayList<>();
    long currentBytes = 0;
    for (T item : items) {
      long size = sizeOf.applyAsLong(item);
      boolean full = current.size() >= maxItems || currentBytes + size > maxBytes;
      if (!current.isEmpty() && full) {
        shards.add(current);
        current = new ArrayList<>();
        currentBytes = 0;
      }
      current.add(item);
      currentBytes += size;
    }
    if (!current.isEmpty()) {
      shards.add(current);
    }
    return shards;
  }
}
