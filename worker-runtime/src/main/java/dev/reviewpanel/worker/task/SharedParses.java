package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.ParseCache;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process's parse caches: every worker of this JVM (each its own Spring context when one JVM
 * runs the whole stack) configured with the same bound gets the same cache, so the agents of a
 * review parse each of its files once between them.
 */
final class SharedParses {

  private static final Map<Long, ParseCache> BY_BOUND = new ConcurrentHashMap<>();

  private SharedParses() {}

  static ParseCache of(long maxChars) {
    return maxChars <= 0 ? ParseCache.NONE : BY_BOUND.computeIfAbsent(maxChars, ParseCache::new);
  }
}
