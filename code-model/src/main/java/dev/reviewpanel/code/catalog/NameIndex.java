package dev.reviewpanel.code.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Catalog entries indexed by the last segment of their name pattern, so a call is compared only
 * with the entries that can match its name; patterns ending in a wildcard are always compared. The
 * entries a name matches are remembered: the same call names recur across the methods, files and
 * reviews an engine reads, and the catalog never changes.
 */
public final class NameIndex<T> {

  // names remembered at most; past it the memory starts afresh (names come from reviewed code)
  private static final int REMEMBERED_NAMES = 20_000;

  private final Map<String, List<T>> byLast = new HashMap<>();
  // Math.*, hashlib.*: a literal first segment narrows them down just as well
  private final Map<String, List<T>> byFirst = new HashMap<>();
  private final List<T> wildcards = new ArrayList<>();
  private final Function<T, NamePattern> pattern;
  private final Map<String, List<T>> byName = new ConcurrentHashMap<>();

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
    if (names.size() == 1) {
      return new ArrayList<>(matching(names.get(0)));
    }
    List<T> out = new ArrayList<>(1);
    for (String name : names) {
      for (T entry : matching(name)) {
        if (!out.contains(entry)) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  private List<T> matching(String name) {
    List<T> known = byName.get(name);
    if (known != null) {
      return known;
    }
    List<T> out = new ArrayList<>(1);
    String last = name.substring(name.lastIndexOf('.') + 1);
    collect(byLast.get(last), name, out);
    if (!byFirst.isEmpty()) {
      int dot = name.indexOf('.');
      collect(byFirst.get(dot < 0 ? name : name.substring(0, dot)), name, out);
    }
    collect(wildcards, name, out);
    known = out.isEmpty() ? List.of() : List.copyOf(out);
    if (byName.size() >= REMEMBERED_NAMES) {
      byName.clear();
    }
    byName.put(name, known);
    return known;
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
