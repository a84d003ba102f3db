package dev.reviewpanel.code.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Data from one origin on its way to a sink: the sink kinds it has been made safe for, whether it
 * was built into text (concatenation, formatting) and the constant text around it then (so a sink
 * can tell SQL from other text), and its trace so far.
 */
record Flow(Origin origin, Set<String> cleaned, boolean built, String text, Step trace) {

  static final String ALL = "all";
  private static final int MAX_TEXT = 300;

  Flow {
    cleaned = Set.copyOf(cleaned);
    text = text == null ? "" : text;
  }

  static Flow start(Origin origin, Step trace) {
    return new Flow(origin, Set.of(), false, "", trace);
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
    return new Flow(origin, more, built, text, trace);
  }

  Flow step(String path, int line, String label) {
    return new Flow(origin, cleaned, built, text, trace.then(path, line, label));
  }

  /** Built into text with {@code around} as the constant parts. */
  Flow building(String path, int line, String label, String around) {
    String more = text.isEmpty() ? around : text + " " + around;
    if (more.length() > MAX_TEXT) {
      more = more.substring(more.length() - MAX_TEXT);
    }
    return new Flow(origin, cleaned, true, more, trace.then(path, line, label));
  }

  /** Same origin and cleaning: two such flows are one for the analysis, whatever their traces. */
  boolean sameAs(Flow other) {
    return built == other.built && origin.equals(other.origin) && cleaned.equals(other.cleaned);
  }

  /** {@link #sameAs} as text, for comparing summaries between rounds. */
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
