package dev.reviewpanel.report.coverage;

import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.NotAnalyzed.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Files not analyzed across a review: entries merged by path and reason with every agent that
 * reported them, and which reasons are gaps in the review rather than deliberate exclusions.
 */
public final class Coverage {

  private Coverage() {}

  /**
   * True when the file should have been analyzed and was not (it does not parse, an analyzer
   * failed, time ran out, a limit was hit); false for files left out on purpose (unsupported type,
   * vendored, minified, generated, excluded, binary).
   */
  public static boolean isGap(Reason reason) {
    return switch (reason) {
      case PARSE_ERROR, TIME_BUDGET, ANALYZER_FAILED, LINE_TOO_LONG, TOO_LARGE -> true;
      case UNSUPPORTED_TYPE, VENDORED, MINIFIED, GENERATED, EXCLUDED, BINARY -> false;
    };
  }

  public static boolean anyGap(Collection<NotAnalyzed> entries) {
    return entries.stream().anyMatch(entry -> entry.reason() != null && isGap(entry.reason()));
  }

  /**
   * One entry per path and reason, in first-seen order, with every agent that reported it, the
   * first detail and line given, and {@code partial} when any agent analyzed part of the file.
   */
  public static List<NotAnalyzed> merge(Collection<NotAnalyzed> entries) {
    Map<Key, List<NotAnalyzed>> byKey = new LinkedHashMap<>();
    for (NotAnalyzed entry : entries) {
      if (entry != null) {
        byKey.computeIfAbsent(new Key(entry.path(), entry.reason()), k -> new ArrayList<>());
        byKey.get(new Key(entry.path(), entry.reason())).add(entry);
      }
    }
    List<NotAnalyzed> merged = new ArrayList<>();
    byKey.forEach((key, group) -> merged.add(combine(key, group)));
    return merged;
  }

  private static NotAnalyzed combine(Key key, List<NotAnalyzed> group) {
    Set<String> agents = new LinkedHashSet<>();
    group.forEach(entry -> agents.addAll(entry.agents()));
    String detail =
        group.stream().map(NotAnalyzed::detail).filter(Objects::nonNull).findFirst().orElse(null);
    Integer line =
        group.stream().map(NotAnalyzed::line).filter(Objects::nonNull).findFirst().orElse(null);
    boolean partial = group.stream().anyMatch(NotAnalyzed::partial);
    String agent = agents.size() == 1 ? agents.iterator().next() : null;
    return new NotAnalyzed(
        key.path(), key.reason(), detail, line, agent, partial, List.copyOf(agents));
  }

  private record Key(String path, Reason reason) {}
}
