package dev.reviewpanel.worker.task;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.worker.analysis.Analysis;
import dev.reviewpanel.worker.analysis.AnalysisEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Analyzes one valid task under its time budget and publishes the outcome. */
class TaskRunner {

  private final AnalysisEngine engine;
  private final OutcomePublisher publisher;
  private final WorkerMetrics metrics;
  private final Duration budget;
  private final int maxFindings;
  private final String workerId;
  private final Clock clock;

  TaskRunner(
      AnalysisEngine engine,
      OutcomePublisher publisher,
      WorkerMetrics metrics,
      Duration budget,
      int maxFindings,
      String workerId,
      Clock clock) {
    this.engine = engine;
    this.publisher = publisher;
    this.metrics = metrics;
    this.budget = budget;
    this.maxFindings = maxFindings;
    this.workerId = workerId;
    this.clock = clock;
  }

  void run(ReviewTask task) {
    publisher.started(task);
    Analysis analysis = engine.analyze(task.files(), stopAt(task));
    List<Finding> findings = IncompleteAnalysis.capped(analysis.findings(), maxFindings);
    AgentResult result =
        new AgentResult(
            AgentResult.SCHEMA_VERSION,
            null,
            task.reviewId(),
            task.taskId(),
            engine.agent(),
            AgentResult.Status.COMPLETED,
            findings,
            new AgentResult.Stats(
                analysis.duration().toMillis(), analysis.files(), analysis.lines(), 0, 0),
            IncompleteAnalysis.describe(analysis, findings.size()),
            workerId);
    publisher.completed(result, analysis.skipped().size(), analysis.problems().size());
    // Counted only once published, so a retried attempt is not counted twice.
    metrics.analysis(analysis);
    metrics.task(WorkerMetrics.COMPLETED);
  }

  private Instant stopAt(ReviewTask task) {
    Instant byBudget = clock.instant().plus(budget);
    return task.deadline() != null && task.deadline().isBefore(byBudget)
        ? task.deadline()
        : byBudget;
  }
}
