package dev.reviewpanel.report.panel;

import dev.reviewpanel.events.AgentVote;
import dev.reviewpanel.events.Finding;
import java.util.List;

/**
 * What one agent brings to the panel.
 *
 * @param vote its vote, or null when it abstains (no result, failed)
 * @param abstention why it abstains, when {@code vote} is null
 * @param findings its findings across all its tasks, suppressed ones included
 */
public record Ballot(String agent, AgentVote vote, String abstention, List<Finding> findings) {

  public Ballot {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  public static Ballot abstaining(String agent, String why, List<Finding> findings) {
    return new Ballot(agent, null, why, findings);
  }
}
