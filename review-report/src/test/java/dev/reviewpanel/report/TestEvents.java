package dev.reviewpanel.report;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.report.panel.AgentVotes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Small, readable builders for the events the tests feed synthesis. */
public final class TestEvents {

  private TestEvents() {}

  /** A plan with one shard per agent: task ids {@code <reviewId>:<agent>:0}. */
  public static ReviewPlan plan(
      String reviewId, Instant submittedAt, Instant deadline, String... agents) {
    List<PlannedTask> tasks =
        Arrays.stream(agents)
            .map(agent -> new PlannedTask(taskId(reviewId, agent, 0), agent))
            .toList();
    return new ReviewPlan(
        ReviewPlan.SCHEMA_VERSION,
        submittedAt,
        reviewId,
        tasks,
        deadline,
        submittedAt,
        new SourceRef("acme/shop", "42", "abc123", "refs/heads/main"));
  }

  public static String taskId(String reviewId, String agent, int shard) {
    return reviewId + ":" + agent + ":" + shard;
  }

  public static AgentResult completed(
      String reviewId, String agent, int shard, long durationMs, Finding... findings) {
    return new AgentResult(
        AgentResult.SCHEMA_VERSION,
        null,
        reviewId,
        taskId(reviewId, agent, shard),
        agent,
        AgentResult.Status.COMPLETED,
        List.of(findings),
        new AgentResult.Stats(durationMs, 1, 10, 0, 0),
        null,
        agent + "-worker-1");
  }

  /** A COMPLETED result that says in its error what it left out, as workers do. */
  public static AgentResult incomplete(AgentResult completed, String errorType, String message) {
    AgentResult r = completed;
    return new AgentResult(
        r.schemaVersion(),
        r.occurredAt(),
        r.reviewId(),
        r.taskId(),
        r.agent(),
        r.status(),
        r.findings(),
        r.stats(),
        new AgentResult.Error(errorType, message),
        r.workerId());
  }

  public static AgentResult failed(String reviewId, String agent, int shard) {
    return new AgentResult(
        AgentResult.SCHEMA_VERSION,
        null,
        reviewId,
        taskId(reviewId, agent, shard),
        agent,
        AgentResult.Status.FAILED,
        List.of(),
        new AgentResult.Stats(5, 0, 0, 0, 0),
        new AgentResult.Error("TimeBudgetExceeded", "analysis took too long"),
        agent + "-worker-1");
  }

  public static Finding finding(
      String agent,
      String ruleId,
      Severity severity,
      Confidence confidence,
      String path,
      int line,
      String cwe,
      String category) {
    return new Finding(
        agent + ":" + ruleId + ":" + path + ":" + line,
        agent,
        ruleId,
        category,
        cwe,
        severity,
        confidence,
        ruleId + " title",
        ruleId + " message.",
        "Fix it.",
        Location.line(path, line),
        "code();",
        FindingOrigin.RULE);
  }

  public static Finding finding(
      String agent, String ruleId, Severity severity, String path, int line) {
    return finding(
        agent, ruleId, severity, Confidence.HIGH, path, line, null, ruleId + "-category");
  }

  /** The result with the vote its worker would publish, and the files it did not analyze. */
  public static AgentResult voted(AgentResult r, NotAnalyzed... notAnalyzed) {
    List<NotAnalyzed> files = List.of(notAnalyzed);
    return new AgentResult(
        r.schemaVersion(),
        r.occurredAt(),
        r.reviewId(),
        r.taskId(),
        r.agent(),
        r.status(),
        r.findings(),
        r.stats(),
        r.error(),
        r.workerId(),
        r.llm(),
        files,
        AgentVotes.of(r.findings(), r.stats().files(), files, false));
  }
}
