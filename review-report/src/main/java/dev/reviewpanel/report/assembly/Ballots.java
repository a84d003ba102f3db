package dev.reviewpanel.report.assembly;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.AgentVote;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.report.panel.AgentVotes;
import dev.reviewpanel.report.panel.Ballot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each planned agent's ballot: the vote its worker published when it had one task, else a vote
 * derived with the same function from all its shards' findings; an agent without a completed result
 * abstains and says why.
 */
final class Ballots {

  private Ballots() {}

  static List<Ballot> of(ReviewPlan plan, Map<String, AgentResult> results) {
    Map<String, List<PlannedTask>> tasksByAgent = new LinkedHashMap<>();
    plan.tasks()
        .forEach(t -> tasksByAgent.computeIfAbsent(t.agent(), a -> new ArrayList<>()).add(t));
    List<Ballot> ballots = new ArrayList<>();
    tasksByAgent.forEach((agent, tasks) -> ballots.add(ballot(agent, tasks, results)));
    return ballots;
  }

  private static Ballot ballot(
      String agent, List<PlannedTask> tasks, Map<String, AgentResult> results) {
    List<AgentResult> completed = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    AgentResult failed = null;
    for (PlannedTask task : tasks) {
      AgentResult result = results.get(task.taskId());
      if (result == null) {
        continue;
      }
      findings.addAll(result.findings());
      if (result.status() == AgentResult.Status.COMPLETED) {
        completed.add(result);
      } else {
        failed = result;
      }
    }
    if (completed.isEmpty()) {
      String why =
          failed == null
              ? "no result by the deadline"
              : "failed" + (failed.error() == null ? "" : ": " + failed.error().message());
      return Ballot.abstaining(agent, why, findings);
    }
    AgentVote published = completed.get(0).vote();
    if (tasks.size() == 1 && published != null) {
      return new Ballot(agent, published, null, findings);
    }
    return new Ballot(agent, derived(completed, findings, tasks.size()), null, findings);
  }

  private static AgentVote derived(List<AgentResult> completed, List<Finding> findings, int tasks) {
    int files = completed.stream().mapToInt(r -> r.stats().files()).sum();
    List<NotAnalyzed> notAnalyzed =
        completed.stream().flatMap(r -> r.notAnalyzed().stream()).toList();
    boolean cutShort =
        completed.size() < tasks || completed.stream().anyMatch(AgentOutcomes::cutShort);
    AgentVote vote = AgentVotes.of(findings, files, notAnalyzed, cutShort);
    String across = tasks == 1 ? " (derived by synthesis)" : " (across " + tasks + " shards)";
    return new AgentVote(vote.vote(), vote.confidence(), vote.reason() + across);
  }
}
