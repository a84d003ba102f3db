package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.ParseCache;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process's parse caches: every worker of this JVM (each its own Spring context when one JVM
 * runs the whole stack) configured with the same bounds gets the same cache, so the agents of a
 * review parse each of its files once between them.
 */
final class SharedParses {

  private static final Map<Bounds, ParseCache> BY_BOUND = new ConcurrentHashMap<>();

  private SharedParses() {}

  private record Bounds(long maxChars, long maxRetainedChars) {}

  static ParseCache of(long maxChars, long maxRetainedChars) {
    return maxChars <= 0 && maxRetainedChars <= 0
        ? ParseCache.NONE
        : BY_BOUND.computeIfAbsent(
            new Bounds(maxChars, maxRetainedChars),
            bounds -> new ParseCache(bounds.maxChars(), bounds.maxRetainedChars()));
  }
}
