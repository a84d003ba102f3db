package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.report.findings.FindingRanking;
import dev.reviewpanel.report.risk.Assessment;
import dev.reviewpanel.report.risk.RiskBands;
import dev.reviewpanel.report.risk.RiskScore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines the agents' votes into the decision. Each agent's vote carries the weighted evidence of
 * its findings; the panel adds the evidence of every root cause once ({@link RiskScore} with the
 * policy's weights) and decides by the score's band. A veto makes the decision stricter whatever
 * the score: the one exception to "the band decides". A review no agent completed has no evidence
 * either way, so its score is raised to the REQUEST_CHANGES edge: unreviewed code is never
 * approved.
 */
public final class PanelJudge {

  private final PanelPolicy policy;
  private final RiskBands bands;

  public PanelJudge(PanelPolicy policy, RiskBands bands) {
    this.policy = policy;
    this.bands = bands;
  }

  /**
   * @param failed true when no agent delivered a result
   */
  public Verdict judge(List<Ballot> ballots, boolean failed) {
    List<Finding> findings = ballots.stream().flatMap(b -> b.findings().stream()).toList();
    Assessment assessment = RiskScore.assess(findings, policy, bands);
    int risk = failed ? Math.max(assessment.score(), bands.requestChangesAt()) : assessment.score();
    Decision byScore = bands.decide(risk);
    Panel.Veto veto = veto(findings, byScore);
    Decision decision = veto == null ? byScore : RiskBands.stricter(byScore, veto.decision());
    List<Panel.Vote> votes = ballots.stream().map(this::vote).toList();
    Outcome outcome = new Outcome(risk, byScore, decision, veto, assessment);
    List<Panel.Disagreement> disagreements =
        new Disagreements(policy, bands, outcome).between(ballots, votes);
    Panel panel = new Panel(votes, veto, disagreements, method(), byScore);
    return new Verdict(risk, decision, panel, assessment);
  }

  /** What the disagreements are settled against. */
  record Outcome(
      int risk, Decision byScore, Decision decision, Panel.Veto veto, Assessment assessment) {}

  private Panel.Vote vote(Ballot ballot) {
    int weightedRisk = RiskScore.assess(ballot.findings(), policy, bands).score();
    Map<String, Double> categoryWeights = new TreeMap<>(policy.categoryWeights(ballot.agent()));
    if (ballot.vote() == null) {
      return new Panel.Vote(
          ballot.agent(),
          null,
          null,
          ballot.abstention(),
          policy.weight(ballot.agent()),
          categoryWeights,
          weightedRisk);
    }
    return new Panel.Vote(
        ballot.agent(),
        ballot.vote().vote(),
        ballot.vote().confidence(),
        ballot.vote().reason(),
        policy.weight(ballot.agent()),
        categoryWeights,
        weightedRisk);
  }

  // the strictest veto that fires, on its most severe finding
  private Panel.Veto veto(List<Finding> findings, Decision byScore) {
    List<Finding> ranked = findings.stream().sorted(FindingRanking.ORDER).toList();
    Panel.Veto strictest = null;
    for (VetoRule rule : policy.vetoes()) {
      Finding trigger = ranked.stream().filter(rule::matches).findFirst().orElse(null);
      if (trigger == null
          || (strictest != null && strictest.decision().compareTo(rule.decision()) >= 0)) {
        continue;
      }
      String reason =
          trigger.severity()
              + " "
              + trigger.ruleId()
              + " with "
              + trigger.confidence()
              + " confidence at "
              + AgentVotes.where(trigger)
              + " ("
              + rule.describe()
              + ")";
      strictest =
          new Panel.Veto(
              rule.agent(),
              rule.decision(),
              reason,
              trigger.fingerprint(),
              rule.decision().compareTo(byScore) > 0);
    }
    return strictest;
  }

  private String method() {
    List<String> vetoes = policy.vetoes().stream().map(VetoRule::describe).toList();
    return "weighted evidence, each root cause once (docs/scoring.md); bands APPROVE "
        + bands.range(Decision.APPROVE)
        + ", REQUEST_CHANGES "
        + bands.range(Decision.REQUEST_CHANGES)
        + ", REJECT "
        + bands.range(Decision.REJECT)
        + "; vetoes: "
        + (vetoes.isEmpty() ? "none" : String.join(", ", vetoes))
        + "; ties: "
        + policy.tieRule().name().toLowerCase(Locale.ROOT);
  }
}
