package dev.reviewpanel.performance.model;

import dev.reviewpanel.code.model.Expr;
import java.util.Optional;
import java.util.Set;

/** Java calls that run their lambda once per element: {@code forEach}, and stages of a stream. */
public final class JavaStreams {

  /** Calls that run their lambda once per element whatever they are called on. */
  public static final Set<String> ALWAYS_ITERATING =
      Set.of("forEach", "forEachOrdered", "removeIf");

  /** Stream stages: per element when called on a stream. */
  public static final Set<String> STAGES =
      Set.of(
          "map",
          "flatMap",
          "filter",
          "peek",
          "anyMatch",
          "allMatch",
          "noneMatch",
          "mapToInt",
          "mapToLong",
          "mapToDouble",
          "mapToObj",
          "reduce",
          "takeWhile",
          "dropWhile",
          "collect");

  /** Calls that start a stream over what they are called on. */
  public static final Set<String> SOURCES =
      Set.of("stream", "parallelStream", "range", "rangeClosed", "iterate", "generate", "lines");

  /** Types whose {@code of(...)} starts a stream. */
  public static final Set<String> TYPES =
      Set.of("Stream", "IntStream", "LongStream", "DoubleStream", "Arrays");

  private JavaStreams() {}

  static boolean isIterating(Expr.Call call) {
    return ALWAYS_ITERATING.contains(call.name())
        || (STAGES.contains(call.name())
            && call.receiver().filter(JavaStreams::isStream).isPresent());
  }

  /**
   * The name or field at the root of an iterating chain: {@code users} in users.stream().map(..).
   */
  static Optional<Expr> source(Expr.Call call) {
    Expr scope = call.receiver().orElse(null);
    while (scope instanceof Expr.Call inner) {
      if (SOURCES.contains(inner.name())) {
        scope = inner.receiver().orElse(null);
        break;
      }
      if (!STAGES.contains(inner.name())) {
        return Optional.empty(); // a collection computed by some other call: identity unknown
      }
      scope = inner.receiver().orElse(null);
    }
    return scope instanceof Expr.Name || scope instanceof Expr.Attribute
        ? Optional.of(scope)
        : Optional.empty();
  }

  private static boolean isStream(Expr expression) {
    Expr current = expression;
    while (current instanceof Expr.Call call) {
      String name = call.name();
      if (SOURCES.contains(name)
          || (name.equals("of")
              && call.receiver()
                  .filter(type -> TYPES.contains(Expr.dotted(type).replaceFirst(".*\\.", "")))
                  .isPresent())) {
        return true;
      }
      current = call.receiver().orElse(null);
    }
    return false;
  }
}
