package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.NotAnalyzed.Reason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offline report's list of files not analyzed, from every agent's list: a fact every agent
 * states (an excluded file, a parse error) is listed once without an agent; an agent's own gap (its
 * time budget, a failing analyzer) stays its own; a type one agent does not read is no gap when
 * another agent read the file, and one entry when none did.
 */
final class NotAnalyzedMerge {

  private NotAnalyzedMerge() {}

  /** What the same fact is about, whichever agent states it. */
  private record Fact(String path, Reason reason, String detail, Integer line, boolean partial) {}

  static List<NotAnalyzed> of(Map<String, Analysis> byAgent, List<NotAnalyzed> notWalked) {
    Set<String> agents = byAgent.keySet();
    Map<String, List<NotAnalyzed>> unsupported = new LinkedHashMap<>();
    Map<Fact, List<NotAnalyzed>> facts = new LinkedHashMap<>();
    for (Analysis analysis : byAgent.values()) {
      for (NotAnalyzed gap : analysis.notAnalyzed()) {
        if (gap.reason() == Reason.UNSUPPORTED_TYPE) {
          unsupported.computeIfAbsent(gap.path(), p -> new ArrayList<>()).add(gap);
        } else {
          Fact fact = new Fact(gap.path(), gap.reason(), gap.detail(), gap.line(), gap.partial());
          facts.computeIfAbsent(fact, f -> new ArrayList<>()).add(gap);
        }
      }
    }
    List<NotAnalyzed> merged = new ArrayList<>(notWalked);
    facts.forEach(
        (fact, stated) -> {
          if (agentsOf(stated).equals(agents)) {
            merged.add(
                new NotAnalyzed(
                    fact.path(), fact.reason(), fact.detail(), fact.line(), null, fact.partial()));
          } else {
            merged.addAll(stated);
          }
        });
    unsupported.forEach(
        (path, stated) -> {
          if (agentsOf(stated).equals(agents)) {
            Set<String> details =
                stated.stream().map(NotAnalyzed::detail).collect(Collectors.toSet());
            String detail =
                details.size() == 1
                    ? details.iterator().next()
                    : "no analyzer of " + String.join(", ", agents) + " reads this type of file";
            merged.add(NotAnalyzed.atIntake(path, Reason.UNSUPPORTED_TYPE, detail, null));
          }
        });
    return merged;
  }

  /** " (12 vendored, 3 unsupported type)", the counts by reason. */
  static String byReason(List<NotAnalyzed> notAnalyzed) {
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    notAnalyzed.forEach(n -> counts.merge(n.reason(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (reason, n) ->
            parts.add(n + " " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    return " (" + String.join(", ", parts) + ")";
  }

  private static Set<String> agentsOf(List<NotAnalyzed> stated) {
    return stated.stream().map(NotAnalyzed::agent).collect(Collectors.toSet());
  }
}
