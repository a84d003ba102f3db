package dev.reviewpanel.code.taint;

import java.util.Set;

/**
 * An entry found by its key in a store the server holds (a web application's resources): where a
 * check shows the entry exists, the key named one of the store's entries, so the key and the entry
 * are clean for {@code cleans}. It holds while {@code key} is not assigned again.
 */
record Lookup(String key, Set<String> cleans) {

  /** Whether assigning {@code path} changes the key: the key itself, a part of it, or its root. */
  boolean changedBy(String path) {
    return key.equals(path) || within(key, path) || within(path, key);
  }

  private static boolean within(String inner, String outer) {
    return inner.length() > outer.length()
        && inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }
}
