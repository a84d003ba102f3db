package dev.reviewpanel.events;

import java.util.List;
import java.util.Map;

/**
 * How the agents' votes became the review's decision: every vote with the weights applied, the veto
 * when one fired, and each disagreement between agents with how it was settled.
 *
 * @param votes one per agent of the review; an agent without a result abstains ({@code vote} null)
 * @param veto the veto that fired, or null when none did
 * @param disagreements where agents voted differently, or reported one problem differently, and how
 *     the panel settled it
 * @param method a short description of the rules applied: weights, bands, vetoes, tie rule
 * @param scoreDecision the decision the risk score's band gives before any veto; differs from the
 *     report's decision only when a veto was decisive
 */
public record Panel(
    List<Vote> votes,
    Veto veto,
    List<Disagreement> disagreements,
    String method,
    ReviewReport.Decision scoreDecision) {

  public Panel {
    votes = votes == null ? List.of() : List.copyOf(votes);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
  }

  /** A panel without the score's own decision (older reports). */
  public Panel(List<Vote> votes, Veto veto, List<Disagreement> disagreements, String method) {
    this(votes, veto, disagreements, method, null);
  }

  /**
   * One agent's vote and the weights the panel gave it.
   *
   * @param vote the agent's own decision, or null when it abstained (failed, timed out)
   * @param weight the agent's expertise weight
   * @param categoryWeights weights that replace {@code weight} for the agent's findings of these
   *     categories, where configured
   * @param weightedRisk the risk score the agent's findings alone reach with these weights
   */
  public record Vote(
      String agent,
      ReviewReport.Decision vote,
      Confidence confidence,
      String reason,
      double weight,
      Map<String, Double> categoryWeights,
      int weightedRisk) {

    public Vote {
      categoryWeights = categoryWeights == null ? Map.of() : Map.copyOf(categoryWeights);
    }

    /** A vote with its base weight only. */
    public Vote(
        String agent,
        ReviewReport.Decision vote,
        Confidence confidence,
        String reason,
        double weight) {
      this(agent, vote, confidence, reason, weight, Map.of(), 0);
    }
  }

  /**
   * A veto: a finding that decides the review whatever the weighted votes say.
   *
   * @param finding the fingerprint of the finding that triggered it
   * @param decisive true when it made the decision stricter than the risk score's band
   */
  public record Veto(
      String agent,
      ReviewReport.Decision decision,
      String reason,
      String finding,
      boolean decisive) {

    /** A veto that decided the review. */
    public Veto(String agent, ReviewReport.Decision decision, String reason, String finding) {
      this(agent, decision, reason, finding, true);
    }
  }

  /**
   * Agents that voted differently, or reported one problem differently, and how that was settled.
   *
   * @param agents the agents on each side, e.g. {@code ["security", "performance"]}
   * @param topic what they disagreed on, e.g. {@code "REJECT (security) vs APPROVE (performance)"}
   * @param settledBy e.g. {@code "security's veto"}, {@code "weighted evidence: risk 86/100"}
   */
  public record Disagreement(List<String> agents, String topic, String settledBy) {

    public Disagreement {
      agents = agents == null ? List.of() : List.copyOf(agents);
    }
  }
}
