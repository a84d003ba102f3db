package dev.reviewpanel.worker.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The local copy of a cache topic: at most {@code maxEntries} values and {@code maxBytes} bytes,
 * the least recently used going first. Thread-safe.
 */
final class BoundedEntries {

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  BoundedEntries(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  synchronized Optional<byte[]> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized void put(String key, byte[] value) {
    if (value.length + (long) key.length() > maxBytes || maxEntries == 0) {
      return; // one value larger than the whole cache is not worth keeping
    }
    remove(key);
    entries.put(key, value);
    bytes += weight(key, value);
    var eldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
      Map.Entry<String, byte[]> e = eldest.next();
      bytes -= weight(e.getKey(), e.getValue());
      eldest.remove();
    }
  }

  synchronized void remove(String key) {
    byte[] old = entries.remove(key);
    if (old != null) {
      bytes -= weight(key, old);
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  private static long weight(String key, byte[] value) {
    return key.length() + (long) value.length;
  }
}
