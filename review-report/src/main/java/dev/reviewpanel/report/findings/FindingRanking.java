package dev.reviewpanel.report.findings;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.Severity;
import java.util.Comparator;

/**
 * The order findings are shown in: most severe first, then most confident, then by path and line;
 * agent, rule and fingerprint only break ties so the order never depends on arrival.
 */
public final class FindingRanking {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(
              Finding::severity, Comparator.nullsLast(Comparator.<Severity>naturalOrder()))
          .thenComparing(
              Finding::confidence, Comparator.nullsLast(Comparator.<Confidence>naturalOrder()))
          .thenComparing(
              FindingRanking::path, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparingInt(FindingRanking::line)
          .thenComparing(Finding::agent, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(Finding::ruleId, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(
              Finding::fingerprint, Comparator.nullsLast(Comparator.<String>naturalOrder()));

  private FindingRanking() {}

  static String path(Finding finding) {
    Location location = finding.location();
    return location == null ? null : location.path();
  }

  static int line(Finding finding) {
    Location location = finding.location();
    return location == null ? Integer.MAX_VALUE : location.startLine();
  }
}
