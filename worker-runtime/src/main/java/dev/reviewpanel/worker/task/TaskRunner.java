package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.AgentVote;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.llm.LlmReview;
import dev.reviewpanel.llm.LlmReviewer;
import dev.reviewpanel.report.panel.AgentVotes;
import dev.reviewpanel.worker.cache.RuleResultCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyzes one valid task under its time budget, then lets the optional LLM reviewer add to the
 * rule findings, and publishes the outcome. Safe to call from many threads: it keeps no state
 * between calls.
 */
class TaskRunner {

  /** Runs again of a task the budget cut short while the process stood still, at most. */
  static final int MAX_RUNS_AFTER_PAUSE = 2;

  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

  private final AnalysisEngine engine;
  private final OutcomePublisher publisher;
  private final WorkerMetrics metrics;
  private final Duration budget;
  private final int maxFindings;
  private final String workerId;
  private final Clock clock;
  private final LlmReviewer llm;
  private final int maxAttempts;
  private final RuleResultCache ruleResults;
  private final PauseWatch pauses;
  private final String engineSettings;

  TaskRunner(
      AnalysisEngine engine,
      OutcomePublisher publisher,
      WorkerMetrics metrics,
      Duration budget,
      int maxFindings,
      String workerId,
      Clock clock) {
    this(
        engine,
        publisher,
        metrics,
        budget,
        maxFindings,
        workerId,
        clock,
        null,
        1,
        RuleResultCache.NONE,
        null);
  }

  /**
   * @param llm the LLM reviewer, or null for rules only
   * @param maxAttempts deliveries of a task before it is dead-lettered: on the last one a failing
   *     model degrades the result instead of failing the task
   * @param ruleResults the rules' results of tasks analyzed before, reused for an identical task
   * @param pauses notices the process standing still, or null to trust every budget cut
   */
  TaskRunner(
      AnalysisEngine engine,
      OutcomePublisher publisher,
      WorkerMetrics metrics,
      Duration budget,
      int maxFindings,
      String workerId,
      Clock clock,
      LlmReviewer llm,
      int maxAttempts,
      RuleResultCache ruleResults,
      PauseWatch pauses) {
    this.pauses = pauses;
    this.llm = llm;
    this.ruleResults = ruleResults;
    this.maxAttempts = maxAttempts;
    this.engine = engine;
    this.engineSettings = engineSettings(engine);
    this.publisher = publisher;
    this.metrics = metrics;
    this.budget = budget;
    this.maxFindings = maxFindings;
    this.workerId = workerId;
    this.clock = clock;
  }

  void run(ReviewTask task) {
    run(task, 1);
  }

  /** Runs {@code task} on its {@code attempt}-th delivery (1 on the task topic). */
  void run(ReviewTask task, int attempt) {
    run(task, attempt, () -> true);
  }

  /**
   * Runs {@code task} on its {@code attempt}-th delivery and publishes its result while {@code
   * owned} (the task's partition is still this instance's). A run the time budget cut short while
   * the process stood still (stopped, frozen, starved) runs again with a fresh budget instead of
   * publishing a truncated result; a result finished after the partition was given up is not
   * published, the partition's next owner runs the task again (ADR 0003).
   */
  void run(ReviewTask task, int attempt, BooleanSupplier owned) {
    publisher.started(task);
    for (int run = 0; ; run++) {
      long startedNanos = pauses == null ? 0 : pauses.now();
      Outcome outcome = analyze(task, attempt);
      if (outcome.cutShort()
          && run < MAX_RUNS_AFTER_PAUSE
          && pauses != null
          && pauses.pausedSince(startedNanos)) {
        log.warn(
            "Task {} ran out of its time budget while this process stood still; running it again",
            task.taskId());
        metrics.task(WorkerMetrics.RUN_AGAIN_AFTER_PAUSE);
        continue;
      }
      if (!owned.getAsBoolean()) {
        log.info(
            "Task {} finished after its partition was given up; its next owner publishes it",
            task.taskId());
        metrics.task(WorkerMetrics.NOT_OWNED);
        return;
      }
      publisher.completed(
          outcome.result(),
          outcome.analysis().skipped().size(),
          outcome.analysis().problems().size());
      // Counted only once published, so a retried attempt is not counted twice.
      metrics.analysis(outcome.analysis(), outcome.result().findings());
      metrics.task(WorkerMetrics.COMPLETED);
      return;
    }
  }

  private record Outcome(Analysis analysis, AgentResult result, boolean cutShort) {}

  private Outcome analyze(ReviewTask task, int attempt) {
    Instant started = clock.instant();
    Instant stopAt = stopAt(task);
    ReviewPolicy policy =
        new ReviewPolicy(RepositoryConfigReader.read(task.config()), task.baseline());
    Analysis analysis = analyze(task, stopAt, policy);
    LlmReview review =
        llm == null
            ? null
            : llm.review(task, analysis.findings(), stopAt, attempt >= maxAttempts, policy);
    List<Finding> findings =
        IncompleteAnalysis.capped(
            review == null ? analysis.findings() : review.findings(), maxFindings);
    AgentResult.LlmUsage usage = review == null ? null : review.usage();
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
                Duration.between(started, clock.instant()).toMillis(),
                analysis.files(),
                analysis.lines(),
                usage == null ? 0 : usage.inputTokens(),
                usage == null ? 0 : usage.outputTokens()),
            IncompleteAnalysis.describe(analysis, findings.size()),
            workerId,
            usage,
            analysis.notAnalyzed(),
            vote(analysis, findings));
    // the model's part is cut short by the same budget: past it, its review may be partial too
    boolean cutShort =
        analysis.budgetExhausted() || (llm != null && !clock.instant().isBefore(stopAt));
    return new Outcome(analysis, result, cutShort);
  }

  // An identical task analyzed before (by any instance) is not analyzed again.
  private Analysis analyze(ReviewTask task, Instant stopAt, ReviewPolicy policy) {
    String key = ruleResults.key(task, engineSettings);
    Optional<Analysis> known = ruleResults.find(key);
    if (known.isPresent()) {
      return known.get();
    }
    Analysis analysis = engine.analyze(task.files(), stopAt, task.options(), policy);
    ruleResults.store(key, analysis);
    return analysis;
  }

  // the agent's own verdict, by the same function and bands as the review's decision
  private static AgentVote vote(Analysis analysis, List<Finding> findings) {
    boolean cutShort = analysis.budgetExhausted() || !analysis.problems().isEmpty();
    return AgentVotes.of(findings, analysis.files(), analysis.notAnalyzed(), cutShort);
  }

  private Instant stopAt(ReviewTask task) {
    Instant byBudget = clock.instant().plus(budget);
    return task.deadline() != null && task.deadline().isBefore(byBudget)
        ? task.deadline()
        : byBudget;
  }

  // what of this worker's setup decides findings beyond its classes: part of the rules cache key
  static String engineSettings(AnalysisEngine engine) {
    TestCodePolicy testCode = engine.testCodePolicy();
    return "analyzers="
        + engine.analyzers().stream().map(a -> a.name()).sorted().toList()
        + ";test-code="
        + testCode.mode()
        + testCode.patterns()
        + new java.util.TreeSet<>(testCode.agents());
  }
}
