package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Suppression;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Says how many findings a report lists without counting them, by why they are suppressed. */
final class SuppressedCounts {

  private SuppressedCounts() {}

  /**
   * e.g. {@code "12 baseline finding(s) not counted, 2 suppressed in the code (listed, not
   * counted)."}, or "" when every finding counts.
   */
  static String sentence(List<Finding> findings) {
    Map<Suppression.Kind, Integer> byKind = new EnumMap<>(Suppression.Kind.class);
    findings.stream()
        .filter(Finding::suppressed)
        .forEach(f -> byKind.merge(f.suppression().kind(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    byKind.forEach(
        (kind, n) ->
            parts.add(
                switch (kind) {
                  case BASELINE -> n + " baseline finding(s) not counted";
                  case IN_SOURCE -> n + " suppressed in the code";
                  case CONFIG -> n + " of rules switched off";
                }));
    return parts.isEmpty() ? "" : String.join(", ", parts) + " (listed, not counted).";
  }
}
