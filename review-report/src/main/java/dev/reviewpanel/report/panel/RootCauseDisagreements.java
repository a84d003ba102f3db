package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.report.findings.FindingRanking;
import dev.reviewpanel.report.risk.Assessment;
import dev.reviewpanel.report.risk.RiskScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Root causes that several agents reported with a different severity or confidence. The report with
 * the most weighted evidence counts; when the strongest reports tie, the tie rule picks.
 */
final class RootCauseDisagreements {

  private static final double TIE = 1e-9;

  private final PanelPolicy policy;
  private final Assessment assessment;

  RootCauseDisagreements(PanelPolicy policy, Assessment assessment) {
    this.policy = policy;
    this.assessment = assessment;
  }

  List<Panel.Disagreement> list(int max) {
    List<Panel.Disagreement> found = new ArrayList<>();
    int more = 0;
    for (Assessment.Cause cause : assessment.causes()) {
      Map<String, Finding> byAgent = strongestByAgent(cause);
      if (byAgent.size() < 2 || allAlike(byAgent.values())) {
        continue;
      }
      if (found.size() == max) {
        more++;
        continue;
      }
      List<String> says = new ArrayList<>();
      byAgent.forEach(
          (agent, f) -> says.add(agent + " says " + f.severity() + "/" + f.confidence()));
      found.add(
          new Panel.Disagreement(
              List.copyOf(byAgent.keySet()),
              cause.key() + ": " + String.join(", ", says),
              settle(cause, byAgent)));
    }
    if (more > 0) {
      found.add(
          new Panel.Disagreement(
              List.of(),
              more + " more root causes reported differently",
              "each by the stronger weighted evidence (see the findings)"));
    }
    return found;
  }

  /** The report the panel credits for a root cause: the strongest, on a tie by the tie rule. */
  static Finding credited(Assessment.Cause cause, PanelPolicy policy) {
    List<Finding> tied =
        cause.reports().stream()
            .filter(f -> RiskScore.evidence(f, policy) >= cause.evidence() - TIE)
            .toList();
    if (tied.size() < 2) {
      return cause.counted();
    }
    Comparator<Finding> rule =
        policy.tieRule() == TieRule.EXPERT
            ? Comparator.comparingDouble((Finding f) -> -policy.of(f.agent(), f.category()))
                .thenComparing(FindingRanking.ORDER)
            : FindingRanking.ORDER;
    return tied.stream().sorted(rule).findFirst().orElse(cause.counted());
  }

  private String settle(Assessment.Cause cause, Map<String, Finding> byAgent) {
    Finding credited = credited(cause, policy);
    List<String> others = new ArrayList<>();
    boolean tie = false;
    for (Finding f : byAgent.values()) {
      if (java.util.Objects.equals(f.agent(), credited.agent())) {
        continue;
      }
      double evidence = RiskScore.evidence(f, policy);
      tie |= evidence >= cause.evidence() - TIE;
      others.add(f.agent() + " " + Disagreements.format(evidence));
    }
    String stands = credited.agent() + "'s " + credited.severity() + " counts";
    if (tie) {
      return "tie at "
          + Disagreements.format(cause.evidence())
          + " weighted evidence: by the "
          + policy.tieRule().name().toLowerCase(java.util.Locale.ROOT)
          + " tie rule "
          + stands;
    }
    return stands
        + ": weighted evidence "
        + Disagreements.format(cause.evidence())
        + " against "
        + String.join(", ", others);
  }

  private static Map<String, Finding> strongestByAgent(Assessment.Cause cause) {
    Map<String, Finding> byAgent = new LinkedHashMap<>();
    cause.reports().forEach(f -> byAgent.putIfAbsent(String.valueOf(f.agent()), f));
    return byAgent;
  }

  private static boolean allAlike(java.util.Collection<Finding> reports) {
    Finding first = reports.iterator().next();
    return reports.stream()
        .allMatch(f -> f.severity() == first.severity() && f.confidence() == first.confidence());
  }
}
