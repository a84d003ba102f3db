package dev.reviewpanel.code.taint;

import java.util.function.IntFunction;

/**
 * Where a flow sits in a map held in a field ({@code this.context.put(LOCALE, locale)}): the field
 * ({@code container}, as {@link Paths#fieldKey}), the key it was stored under, and the key a read
 * asked for once one did ({@code this.context.get(PARAMETERS)}; null before). A key is a constant
 * ({@code =value}), a named value ({@code #StrutsStatics.HTTP_REQUEST}: one name is one key, two
 * names may be one too), a parameter of the function at hand ({@code @0}: known where it is
 * called), each key of a map in turn ({@code *} and the map: a loop over its keys) or unknown
 * ({@code ?}).
 */
record Slot(String container, String written, String read) {

  static final String UNKNOWN = "?";

  /** Followed by a container: each key of that map in turn (a loop over its keys). */
  static final String EVERY = "*";

  /** What a read under both keys tells of the flow. */
  enum Match {
    /** The keys are one: the read yields the flow. */
    SAME,
    /** Two different constants: the read never yields it. */
    DIFFERENT,
    /** A key is not known: the read may yield it. */
    MAYBE,
    /** A key is a parameter: the caller will tell. */
    PENDING
  }

  Match match() {
    if (read == null || pending(written) || pending(read)) {
      return Match.PENDING;
    }
    if (read.startsWith(EVERY)) {
      return read.substring(1).equals(container) ? Match.SAME : Match.MAYBE;
    }
    if (written.equals(read) && !written.equals(UNKNOWN)) {
      return Match.SAME;
    }
    return written.startsWith("=") && read.startsWith("=") ? Match.DIFFERENT : Match.MAYBE;
  }

  /** Parameter keys replaced by what the caller passes ({@code key} of a parameter index). */
  Slot substitute(IntFunction<String> key) {
    String w = pending(written) ? key.apply(index(written)) : written;
    String r = read != null && pending(read) ? key.apply(index(read)) : read;
    return w.equals(written) && java.util.Objects.equals(r, read)
        ? this
        : new Slot(container, w, r);
  }

  /** Outside the function whose parameters they name, such keys are unknown. */
  Slot settled() {
    return substitute(i -> UNKNOWN);
  }

  /** The written key for messages: {@code "en"}, {@code HTTP_REQUEST}, or a key not known. */
  String shownWritten() {
    return written.startsWith("=")
        ? "\"" + written.substring(1) + "\""
        : written.startsWith("#") ? written.substring(1) : "a key not known here";
  }

  private static boolean pending(String key) {
    return key.startsWith("@");
  }

  private static int index(String key) {
    return Integer.parseInt(key.substring(1));
  }
}
