package dev.reviewpanel.synthesis.scoring;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import java.util.Collection;

/**
 * Risk of a review from 0 to 100: each finding is an independent chance {@code w(severity) *
 * c(confidence)} that the change is harmful, and the score is the chance that at least one of them
 * is, {@code round(100 * (1 - Π(1 - w * c)))}, with w CRITICAL .6, HIGH .3, MEDIUM .12, LOW .04,
 * INFO 0 and c HIGH 1, MEDIUM .7, LOW .4. It is 0 without findings, never decreases when a finding
 * is added and never exceeds 100.
 */
public final class RiskScore {

  private RiskScore() {}

  public static int of(Collection<Finding> findings) {
    double harmless = 1.0;
    for (Finding finding : findings) {
      harmless *= 1.0 - weight(finding.severity()) * certainty(finding.confidence());
    }
    long score = Math.round(100.0 * (1.0 - harmless));
    return (int) Math.max(0, Math.min(100, score));
  }

  static double weight(Severity severity) {
    if (severity == null) {
      return 0.0;
    }
    return switch (severity) {
      case CRITICAL -> 0.6;
      case HIGH -> 0.3;
      case MEDIUM -> 0.12;
      case LOW -> 0.04;
      case INFO -> 0.0;
    };
  }

  static double certainty(Confidence confidence) {
    if (confidence == null) {
      return 0.7;
    }
    return switch (confidence) {
      case HIGH -> 1.0;
      case MEDIUM -> 0.7;
      case LOW -> 0.4;
    };
  }
}
