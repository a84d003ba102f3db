package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewPlan.FailOn;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import java.util.List;
import java.util.Locale;

/**
 * A repository's {@code fail-on} ({@code .review-panel.yml}) over the panel's decision: a review
 * with a counted finding at least that severe requests changes (or rejects, when the panel does);
 * one without is approved, since the repository said what fails it. A review in which an agent
 * failed or ran out of time keeps the panel's decision: unreviewed code is never approved by a
 * gate. Suppressed and baseline findings never count.
 */
final class RepositoryGate {

  private RepositoryGate() {}

  /**
   * The decision, and why when the gate changed it.
   *
   * @param note null when the panel's decision stands
   */
  record Gated(Decision decision, String note) {}

  static Gated apply(
      FailOn failOn, Decision panel, List<Finding> findings, List<AgentSummary> agents) {
    if (failOn == null || panel == null) {
      return new Gated(panel, null);
    }
    String rule = "fail-on: " + failOn.name().toLowerCase(Locale.ROOT) + " of .review-panel.yml";
    Finding trigger =
        findings.stream()
            .filter(f -> !f.suppressed() && failOn.failsOn(f.severity()))
            .findFirst()
            .orElse(null);
    if (trigger != null) {
      return panel == Decision.APPROVE
          ? new Gated(
              Decision.REQUEST_CHANGES,
              "changes requested by "
                  + rule
                  + " ("
                  + trigger.severity()
                  + " "
                  + trigger.ruleId()
                  + "; the panel alone would approve)")
          : new Gated(panel, null);
    }
    boolean everyAgentDone =
        !agents.isEmpty() && agents.stream().allMatch(a -> a.status() == AgentOutcome.COMPLETED);
    if (panel == Decision.APPROVE || !everyAgentDone) {
      return new Gated(panel, null);
    }
    return new Gated(
        Decision.APPROVE,
        "approved by "
            + rule
            + ": no counted finding is that severe (the panel alone would decide "
            + panel
            + ")");
  }
}
