package dev.reviewpanel.code.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Data from one origin on its way to a sink: the sink kinds it has been made safe for, whether it
 * was built into text (concatenation, formatting) and the constant text around it then (so a sink
 * can tell SQL from other text), whether it only may have replaced a property the code set itself
 * (a later spread of an object whose keys are unknown: {@code {theme, ...query}}), and its trace.
 */
record Flow(
    Origin origin,
    Set<String> cleaned,
    boolean built,
    String text,
    Step trace,
    boolean overriding) {

  Flow(Origin origin, Set<String> cleaned, boolean built, String text, Step trace) {
    this(origin, cleaned, built, text, trace, false);
  }

  static final String ALL = "all";

  /**
   * Marks a flow from the request's own path in {@link #cleaned}: it is no sink kind, but a check
   * that the path does not start with {@code //} makes such a flow safe for redirects.
   */
  static final String SAME_ORIGIN_PATH = "same-origin-path";

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
    return new Flow(origin, more, built, text, trace, overriding);
  }

  Flow step(String path, int line, String label) {
    return new Flow(origin, cleaned, built, text, trace.then(path, line, label), overriding);
  }

  /** Built into text with {@code around} as the constant parts. */
  Flow building(String path, int line, String label, String around) {
    String more = text.isEmpty() ? around : text + " " + around;
    if (more.length() > MAX_TEXT) {
      more = more.substring(more.length() - MAX_TEXT);
    }
    return new Flow(origin, cleaned, true, more, trace.then(path, line, label), overriding);
  }

  /** The flow of a property read from this one's value ({@code params.theme}). */
  Flow property(String name) {
    Origin narrowed = origin.property(name);
    return narrowed == origin ? this : new Flow(narrowed, cleaned, built, text, trace, overriding);
  }

  /** Spread over a property set before it: it holds this data only if the spread has that key. */
  Flow overriding(String path, int line, String label) {
    return new Flow(origin, cleaned, built, text, trace.then(path, line, label), true);
  }

  /** Same origin and cleaning: two such flows are one for the analysis, whatever their traces. */
  boolean sameAs(Flow other) {
    return built == other.built
        && overriding == other.overriding
        && origin.equals(other.origin)
        && cleaned.equals(other.cleaned);
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
        + (origin.field() == null ? "" : "." + origin.field())
        + "|"
        + cleaned
        + "|"
        + built
        + (overriding ? "|may" : "");
  }
}
