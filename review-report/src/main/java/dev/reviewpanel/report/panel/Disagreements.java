package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.report.risk.Assessment;
import dev.reviewpanel.report.risk.RiskBands;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where agents disagree and how the panel settled it: agents that voted differently (settled by the
 * weighted evidence, or by a veto), and agents that reported one root cause differently (settled by
 * the stronger weighted evidence, or on a tie by the tie rule).
 */
final class Disagreements {

  static final int MAX_ROOT_CAUSES = 25;

  private final PanelPolicy policy;
  private final RiskBands bands;
  private final PanelJudge.Outcome outcome;

  Disagreements(PanelPolicy policy, RiskBands bands, PanelJudge.Outcome outcome) {
    this.policy = policy;
    this.bands = bands;
    this.outcome = outcome;
  }

  List<Panel.Disagreement> between(List<Ballot> ballots, List<Panel.Vote> votes) {
    List<Panel.Disagreement> found = new ArrayList<>(overVotes(votes));
    found.addAll(new RootCauseDisagreements(policy, outcome.assessment()).list(MAX_ROOT_CAUSES));
    return found;
  }

  private List<Panel.Disagreement> overVotes(List<Panel.Vote> votes) {
    Map<Decision, List<String>> byVote = new LinkedHashMap<>();
    for (Decision decision : List.of(Decision.REJECT, Decision.REQUEST_CHANGES, Decision.APPROVE)) {
      List<String> agents =
          votes.stream().filter(v -> v.vote() == decision).map(Panel.Vote::agent).toList();
      if (!agents.isEmpty()) {
        byVote.put(decision, agents);
      }
    }
    List<Decision> present = new ArrayList<>(byVote.keySet());
    List<Panel.Disagreement> found = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      for (int j = i + 1; j < present.size(); j++) {
        List<String> stricter = byVote.get(present.get(i));
        List<String> milder = byVote.get(present.get(j));
        Set<String> agents = new LinkedHashSet<>(stricter);
        agents.addAll(milder);
        String topic =
            present.get(i)
                + " ("
                + String.join(", ", stricter)
                + ") vs "
                + present.get(j)
                + " ("
                + String.join(", ", milder)
                + ")";
        found.add(new Panel.Disagreement(List.copyOf(agents), topic, settle(agents)));
      }
    }
    return found;
  }

  private String settle(Set<String> agents) {
    Panel.Veto veto = outcome.veto();
    if (veto != null && veto.decisive()) {
      return veto.agent()
          + "'s veto -> "
          + outcome.decision()
          + " ("
          + veto.reason()
          + "); the weighted evidence alone gave "
          + outcome.byScore()
          + " at risk "
          + outcome.risk()
          + "/100";
    }
    List<String> weights = new ArrayList<>();
    for (String agent : agents) {
      weights.add(
          agent + " " + format(credited(agent)) + " (weight " + format(policy.weight(agent)) + ")");
    }
    return "weighted evidence -> "
        + outcome.decision()
        + ": risk "
        + outcome.risk()
        + "/100 is in the "
        + outcome.decision()
        + " band "
        + bands.range(outcome.decision())
        + "; evidence "
        + String.join(", ", weights)
        + (veto == null ? "" : "; " + veto.agent() + "'s veto agrees");
  }

  // the evidence of the root causes whose counted report is this agent's
  private double credited(String agent) {
    double sum = 0;
    for (Assessment.Cause cause : outcome.assessment().causes()) {
      Finding counted = RootCauseDisagreements.credited(cause, policy);
      if (agent.equals(counted.agent())) {
        sum += cause.evidence();
      }
    }
    return sum;
  }

  /**
   * Two decimals, rounded half up: what {@code String.format(Locale.ROOT, "%.2f", value)} gives for
   * the finite, non-negative weights and evidence here, without a Formatter per number (a
   * measurable share of synthesis CPU).
   */
  static String format(double value) {
    if (!Double.isFinite(value) || value < 0) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
