package dev.reviewpanel.code.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Data from one origin on its way to a sink: the sink kinds it has been made safe for, whether it
 * was built into text (concatenation, formatting) and the constant text around it then (so a sink
 * can tell SQL from other text), whether it only may have replaced a property the code set itself
 * (a later spread of an object whose keys are unknown: {@code {theme, ...query}}), its trace, the
 * key it sits under in a map held in a field ({@code slot}, null elsewhere), and whether it came
 * out of such a map by a read whose key may differ from the one it went in with ({@code
 * unsureKey}).
 */
record Flow(
    Origin origin,
    Set<String> cleaned,
    boolean built,
    String text,
    Step trace,
    boolean overriding,
    Slot slot,
    boolean unsureKey) {

  Flow(Origin origin, Set<String> cleaned, boolean built, String text, Step trace) {
    this(origin, cleaned, built, text, trace, false, null, false);
  }

  Flow(
      Origin origin,
      Set<String> cleaned,
      boolean built,
      String text,
      Step trace,
      boolean overriding) {
    this(origin, cleaned, built, text, trace, overriding, null, false);
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
    return new Flow(origin, more, built, text, trace, overriding, slot, unsureKey);
  }

  Flow step(String path, int line, String label) {
    return new Flow(
        origin, cleaned, built, text, trace.then(path, line, label), overriding, slot, unsureKey);
  }

  /** Built into text with {@code around} as the constant parts. */
  Flow building(String path, int line, String label, String around) {
    String more = text.isEmpty() ? around : text + " " + around;
    if (more.length() > MAX_TEXT) {
      more = more.substring(more.length() - MAX_TEXT);
    }
    return new Flow(
        origin, cleaned, true, more, trace.then(path, line, label), overriding, slot, unsureKey);
  }

  /** The flow of a property read from this one's value ({@code params.theme}). */
  Flow property(String name) {
    Origin narrowed = origin.property(name);
    return narrowed == origin
        ? this
        : new Flow(narrowed, cleaned, built, text, trace, overriding, slot, unsureKey);
  }

  /** Spread over a property set before it: it holds this data only if the spread has that key. */
  Flow overriding(String path, int line, String label) {
    return new Flow(
        origin, cleaned, built, text, trace.then(path, line, label), true, slot, unsureKey);
  }

  /** Stored in the map of field {@code container} under {@code key}. */
  Flow stored(String container, String key) {
    return new Flow(
        origin, cleaned, built, text, trace, overriding, new Slot(container, key, null), unsureKey);
  }

  /**
   * Read from the map of field {@code container} under {@code key}: the flow if the read yields it
   * (marked when it only may), or null when the keys are two different constants. A flow not in
   * that map is the read's as it is.
   */
  Flow read(String container, String key) {
    if (slot == null || slot.read() != null || !slot.container().equals(container)) {
      return this;
    }
    return resolved(new Slot(container, slot.written(), key));
  }

  /**
   * With {@code at} as its slot (null: in no map), settled once both keys are known; null when the
   * read never yields it.
   */
  Flow resolved(Slot at) {
    return switch (at == null ? Slot.Match.SAME : at.match()) {
      case SAME -> slot == null ? this : with(null, unsureKey);
      case DIFFERENT -> null;
      case MAYBE -> with(at, true); // kept for the message: read, so no read changes it
      case PENDING -> at.equals(slot) ? this : with(at, unsureKey);
    };
  }

  /**
   * Whether the flow reaches a sink only perhaps: read from a map under a key that may not be the
   * one it was stored under (a map read as a whole yields all it holds).
   */
  boolean throughMapMaybe() {
    return unsureKey || (slot != null && slot.read() != null);
  }

  /** Whether the flow sits in a map as a value, not read from it yet. */
  boolean stored() {
    return slot != null && slot.read() == null;
  }

  /** Out of the map it sat in, as a key is: not a value of that map any more. */
  Flow unstored() {
    return slot == null ? this : with(null, unsureKey);
  }

  private Flow with(Slot at, boolean unsure) {
    return new Flow(origin, cleaned, built, text, trace, overriding, at, unsure);
  }

  /** Same origin and cleaning: two such flows are one for the analysis, whatever their traces. */
  boolean sameAs(Flow other) {
    return built == other.built
        && overriding == other.overriding
        && unsureKey == other.unsureKey
        && java.util.Objects.equals(slot, other.slot)
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
        + (overriding ? "|may" : "")
        + (slot == null ? "" : "|" + slot)
        + (unsureKey ? "|key?" : "");
  }
}
