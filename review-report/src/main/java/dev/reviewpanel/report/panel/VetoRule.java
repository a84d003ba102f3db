package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.Severity;
import java.util.Objects;

/**
 * A finding that decides the review whatever the weighted evidence says: one of {@code agent}'s
 * unsuppressed findings at least {@code minSeverity} and {@code minConfidence} (and of {@code
 * category}, when set) makes the decision at least {@code decision}.
 */
public record VetoRule(
    String agent,
    String category,
    Severity minSeverity,
    Confidence minConfidence,
    Decision decision) {

  /** The default: a security finding that is CRITICAL with HIGH confidence rejects. */
  public static final VetoRule SECURITY_CRITICAL =
      new VetoRule("security", null, Severity.CRITICAL, Confidence.HIGH, Decision.REJECT);

  public VetoRule {
    Objects.requireNonNull(agent, "a veto names its agent");
    Objects.requireNonNull(minSeverity, "a veto names its minimum severity");
    minConfidence = minConfidence == null ? Confidence.LOW : minConfidence;
    decision = decision == null ? Decision.REJECT : decision;
  }

  public boolean matches(Finding finding) {
    return !finding.suppressed()
        && agent.equals(finding.agent())
        && (category == null || category.equals(finding.category()))
        && finding.severity() != null
        && finding.severity().atLeast(minSeverity)
        && finding.confidence().ordinal() <= minConfidence.ordinal();
  }

  /** E.g. {@code "security CRITICAL+ with HIGH confidence rejects"}. */
  public String describe() {
    return agent
        + (category == null ? "" : " " + category)
        + " "
        + minSeverity
        + (minSeverity == Severity.CRITICAL ? "" : "+")
        + " with "
        + minConfidence
        + (minConfidence == Confidence.HIGH ? "" : "+")
        + " confidence -> "
        + decision;
  }
}
