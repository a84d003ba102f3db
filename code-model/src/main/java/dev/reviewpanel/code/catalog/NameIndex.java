package dev.reviewpanel.code.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Catalog entries indexed by the last segment of their name pattern, so a call is compared only
 * with the entries that can match its name; patterns ending in a wildcard are always compared.
 */
public final class NameIndex<T> {

  private final Map<String, List<T>> byLast = new HashMap<>();
  // Math.*, hashlib.*: a literal first segment narrows them down just as well
  private final Map<String, List<T>> byFirst = new HashMap<>();
  private final List<T> wildcards = new ArrayList<>();
  private final Function<T, NamePattern> pattern;

  NameIndex(List<T> entries, Function<T, NamePattern> pattern) {
    this.pattern = pattern;
    for (T entry : entries) {
      NamePattern p = pattern.apply(entry);
      if (p == null) {
        continue;
      }
      if (p.lastSegments() == null && p.firstSegments() != null) {
        p.firstSegments()
            .forEach(s -> byFirst.computeIfAbsent(s, k -> new ArrayList<>()).add(entry));
      } else if (p.lastSegments() == null) {
        wildcards.add(entry);
      } else {
        p.lastSegments().forEach(s -> byLast.computeIfAbsent(s, k -> new ArrayList<>()).add(entry));
      }
    }
  }

  /** The entries matching any of {@code names} (dotted candidates of one call or access). */
  public List<T> match(List<String> names) {
    List<T> out = new ArrayList<>(1);
    for (String name : names) {
      String last = name.substring(name.lastIndexOf('.') + 1);
      collect(byLast.get(last), name, out);
      if (!byFirst.isEmpty()) {
        int dot = name.indexOf('.');
        collect(byFirst.get(dot < 0 ? name : name.substring(0, dot)), name, out);
      }
      collect(wildcards, name, out);
    }
    return out;
  }

  public boolean isEmpty() {
    return byLast.isEmpty() && byFirst.isEmpty() && wildcards.isEmpty();
  }

  private void collect(List<T> entries, String name, List<T> out) {
    if (entries == null) {
      return;
    }
    for (T entry : entries) {
      if (!out.contains(entry) && pattern.apply(entry).matches(name)) {
        out.add(entry);
      }
    }
  }
}
