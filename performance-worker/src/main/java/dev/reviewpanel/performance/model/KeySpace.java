package dev.reviewpanel.performance.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the keys of a long-lived map pick among, whatever the language: each part of a key is of a
 * {@link Kind}, and the kinds together bound how many entries the map can hold. A map keyed only by
 * fixed values is a table; one keyed by classes, locales or the program's own names holds one entry
 * per such thing the program uses; anything else grows with its callers.
 *
 * @param kinds the kind of each part of the keys written, over every write
 */
public record KeySpace(List<KeySpace.Kind> kinds) {

  /** What one part of a key picks among. */
  public enum Kind {
    /** A value written in the code or one of a handful: a literal, a flag, an enum constant. */
    FIXED,
    /** One of what the platform or the program has: a locale, a time zone, a class. */
    PLATFORM,
    /** A number beside a platform value (a format style); alone it may be any id. */
    NUMBER,
    /**
     * A name the program gives its own things (a template, an alias, a backend), or a pattern
     * written in the code with a part filled in.
     */
    OWN_NAME,
    /** Anything else: a value from a caller or from outside. */
    OPEN
  }

  private static final Set<Kind> BESIDE_PLATFORM =
      EnumSet.of(Kind.FIXED, Kind.PLATFORM, Kind.NUMBER);

  public KeySpace {
    kinds = List.copyOf(kinds);
  }

  /** Every part takes a handful of values the code shows: the map is a table. */
  public boolean fixed() {
    return !kinds.isEmpty() && kinds.stream().allMatch(k -> k == Kind.FIXED);
  }

  /**
   * Locales, zones or classes, alone or with flags and numbers beside them: as many entries as
   * combinations the program uses, which the code does not show.
   */
  public boolean platform() {
    return kinds.contains(Kind.PLATFORM) && kinds.stream().allMatch(BESIDE_PLATFORM::contains);
  }

  /**
   * Names of the program's own (a template, an alias), with fixed values beside them: as many
   * entries as the program has names.
   */
  public boolean ownNames() {
    return kinds.contains(Kind.OWN_NAME)
        && kinds.stream().allMatch(k -> k == Kind.OWN_NAME || k == Kind.FIXED);
  }
}
