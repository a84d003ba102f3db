package dev.reviewpanel.report.risk;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk of a review, 0 to 100, from its findings: the one function the decision bands read
 * (docs/scoring.md). Each finding carries evidence {@code e = s(severity) * c(confidence) *
 * weight(agent, category)} with s CRITICAL 2.0, HIGH 0.5, MEDIUM 0.15, LOW 0.04, INFO 0 and c HIGH
 * 1.0, MEDIUM 0.75, LOW 0.4; suppressed findings carry none. Each {@link RootCause} counts once,
 * with its strongest report; the evidence E of the review is their sum and the score is {@code
 * round(100 * (1 - exp(-E)))}, held below the REQUEST_CHANGES band when the worst counted finding
 * is LOW and below the REJECT band when it is MEDIUM. Adding a finding never lowers the score.
 */
public final class RiskScore {

  private static final Comparator<Finding> STRICTER_FIRST =
      Comparator.comparing(RiskScore::severity).thenComparing(RiskScore::confidence);

  private RiskScore() {}

  /** The score with every agent's findings at full weight and the default bands. */
  public static int of(Collection<Finding> findings) {
    return assess(findings, Weights.UNIT, RiskBands.DEFAULT).score();
  }

  public static Assessment assess(Collection<Finding> findings, Weights weights, RiskBands bands) {
    Map<RootCause, List<Finding>> byCause = new LinkedHashMap<>();
    Severity worst = null;
    for (Finding finding : findings) {
      if (finding == null || evidence(finding, weights) <= 0) {
        continue;
      }
      byCause.computeIfAbsent(RootCause.of(finding), key -> new ArrayList<>()).add(finding);
      worst = worst == null || severity(finding).atLeast(worst) ? severity(finding) : worst;
    }
    List<Assessment.Cause> causes = new ArrayList<>();
    double total = 0;
    for (Map.Entry<RootCause, List<Finding>> entry : byCause.entrySet()) {
      Comparator<Finding> strongest =
          Comparator.comparingDouble((Finding f) -> evidence(f, weights))
              .reversed()
              .thenComparing(STRICTER_FIRST);
      List<Finding> reports = entry.getValue().stream().sorted(strongest).toList();
      double evidence = evidence(reports.get(0), weights);
      total += evidence;
      causes.add(new Assessment.Cause(entry.getKey(), reports.get(0), evidence, reports));
    }
    causes.sort(Comparator.comparingDouble(Assessment.Cause::evidence).reversed());
    long raw = Math.round(100.0 * (1.0 - Math.exp(-total)));
    int score = (int) Math.min(ceiling(worst, bands), Math.max(0, Math.min(100, raw)));
    return new Assessment(score, total, worst, causes);
  }

  /** A finding's weighted evidence; zero when it is suppressed. */
  public static double evidence(Finding finding, Weights weights) {
    if (finding.suppressed()) {
      return 0;
    }
    double weight = Math.max(0, weights.of(finding.agent(), finding.category()));
    return severityWeight(severity(finding)) * confidenceFactor(finding.confidence()) * weight;
  }

  static double severityWeight(Severity severity) {
    return switch (severity) {
      case CRITICAL -> 2.0;
      case HIGH -> 0.5;
      case MEDIUM -> 0.15;
      case LOW -> 0.04;
      case INFO -> 0.0;
    };
  }

  static double confidenceFactor(Confidence confidence) {
    return switch (confidence == null ? Confidence.MEDIUM : confidence) {
      case HIGH -> 1.0;
      case MEDIUM -> 0.75;
      case LOW -> 0.4;
    };
  }

  // low findings alone never request changes, medium ones alone never reject
  static int ceiling(Severity worst, RiskBands bands) {
    if (worst == null) {
      return 0;
    }
    return switch (worst) {
      case CRITICAL, HIGH -> 100;
      case MEDIUM -> bands.rejectAt() - 1;
      case LOW -> bands.requestChangesAt() - 1;
      case INFO -> 0;
    };
  }

  private static Severity severity(Finding finding) {
    return finding.severity() == null ? Severity.INFO : finding.severity();
  }

  private static Confidence confidence(Finding finding) {
    return finding.confidence() == null ? Confidence.MEDIUM : finding.confidence();
  }
}
