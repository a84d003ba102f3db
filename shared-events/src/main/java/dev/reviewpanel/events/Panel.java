package dev.reviewpanel.events;

import java.util.List;

/**
 * How the agents' votes became the review's decision: every vote with the weight applied, the veto
 * when one fired, and each disagreement between agents with how it was settled.
 *
 * @param votes one per agent that voted
 * @param veto the veto that decided the review, or null when none fired
 * @param disagreements where agents voted differently, and how the panel settled it
 * @param method a short description of the rule applied, e.g. {@code "weighted majority, ties go to
 *     the stricter vote"}
 */
public record Panel(List<Vote> votes, Veto veto, List<Disagreement> disagreements, String method) {

  public Panel {
    votes = votes == null ? List.of() : List.copyOf(votes);
    disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
  }

  /** One agent's vote and the weight the panel gave it. */
  public record Vote(
      String agent,
      ReviewReport.Decision vote,
      Confidence confidence,
      String reason,
      double weight) {}

  /** A veto that decided the review whatever the weighted votes said. */
  public record Veto(String agent, ReviewReport.Decision decision, String reason, String finding) {}

  /**
   * Agents that voted differently, and how that was settled.
   *
   * @param agents the agents on each side, e.g. {@code ["security", "performance"]}
   * @param settledBy e.g. {@code "security's veto"}, {@code "weighted vote 2.5 to 1.0"}
   */
  public record Disagreement(List<String> agents, String topic, String settledBy) {

    public Disagreement {
      agents = agents == null ? List.of() : List.copyOf(agents);
    }
  }
}
