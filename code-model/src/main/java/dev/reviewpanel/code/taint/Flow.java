package dev.reviewpanel.code.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Data from one origin on its way to a sink: the sink kinds it has been made safe for, whether it
 * was built into text (concatenation, formatting), and its trace so far.
 */
record Flow(Origin origin, Set<String> cleaned, boolean built, Step trace) {

  static final String ALL = "all";

  Flow {
    cleaned = Set.copyOf(cleaned);
  }

  boolean dangerousFor(String kind) {
    return !cleaned.contains(ALL) && !cleaned.contains(kind);
  }

  Flow clean(Set<String> kinds) {
    if (cleaned.containsAll(kinds)) {
      return this;
    }
    Set<String> more = new HashSet<>(cleaned);
    more.addAll(kinds);
    return new Flow(origin, more, built, trace);
  }

  Flow step(String path, int line, String label) {
    return new Flow(origin, cleaned, built, trace.then(path, line, label));
  }

  Flow building(String path, int line, String label) {
    return new Flow(origin, cleaned, true, trace.then(path, line, label));
  }

  /** Same origin and cleaning: two such flows are one for the analysis, whatever their traces. */
  String identity() {
    return origin.kind()
        + "|"
        + origin.path()
        + ":"
        + origin.line()
        + "|"
        + origin.parameter()
        + "|"
        + cleaned
        + "|"
        + built;
  }
}
