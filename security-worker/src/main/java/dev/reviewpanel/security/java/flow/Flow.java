package dev.reviewpanel.security.java.flow;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an expression may carry at run time, as far as one method can tell.
 *
 * @param dynamic the value is not a compile-time constant
 * @param built a string assembled (concatenation, format, builder) from at least one dynamic part
 * @param exposures the sink kinds this value is still untrusted for
 */
public record Flow(boolean dynamic, boolean built, Set<Exposure> exposures) {

  /** Literals, constants and values that cannot carry text an attacker shapes (numbers). */
  public static final Flow CONSTANT = new Flow(false, false, Set.of());

  /** A value we know nothing bad about but cannot fold to a constant. */
  public static final Flow OPAQUE = new Flow(true, false, Set.of());

  /** Data from an HTTP request. */
  public static final Flow REQUEST = new Flow(true, false, EnumSet.allOf(Exposure.class));

  /** Data from the process environment. */
  public static final Flow ENVIRONMENT = new Flow(true, false, Set.of(Exposure.COMMAND));

  public Flow {
    exposures = exposures.isEmpty() ? Set.of() : Set.copyOf(exposures);
  }

  public boolean exposedTo(Exposure exposure) {
    return exposures.contains(exposure);
  }

  /** The value of either (a variable assigned in several places, a conditional). */
  public Flow or(Flow other) {
    return new Flow(
        dynamic || other.dynamic, built || other.built, union(exposures, other.exposures));
  }

  /** The concatenation of this and {@code other}: built once any part is dynamic. */
  public Flow concat(Flow other) {
    boolean anyDynamic = dynamic || other.dynamic;
    return new Flow(anyDynamic, anyDynamic, union(exposures, other.exposures));
  }

  /** This value after a sanitizer that makes it safe for {@code exposure}. */
  public Flow without(Exposure exposure) {
    if (!exposures.contains(exposure)) {
      return this;
    }
    Set<Exposure> rest = EnumSet.noneOf(Exposure.class);
    rest.addAll(exposures);
    rest.remove(exposure);
    return new Flow(dynamic, built, rest);
  }

  /** This value passed through a call that keeps its taint but is no longer a built string. */
  public Flow derived() {
    return dynamic ? new Flow(true, false, exposures) : CONSTANT;
  }

  private static Set<Exposure> union(Set<Exposure> a, Set<Exposure> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty() || a.containsAll(b)) {
      return a;
    }
    Set<Exposure> all = EnumSet.noneOf(Exposure.class);
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
