package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.Finding;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;

/** The worker's meters, all tagged with its agent. */
class WorkerMetrics {

  static final String COMPLETED = "completed";
  static final String FAILED = "failed";
  static final String RETRIED = "retried";
  static final String DEAD_LETTERED = "dead_lettered";
  static final String RUN_AGAIN_AFTER_PAUSE = "run_again_after_pause";
  static final String NOT_OWNED = "not_published_partition_lost";

  private final MeterRegistry registry;
  private final String agent;
  private final Timer duration;

  WorkerMetrics(MeterRegistry registry, String agent) {
    this(registry, agent, List.of());
  }

  WorkerMetrics(MeterRegistry registry, String agent, List<String> analyzers) {
    this.registry = registry;
    this.agent = agent;
    this.duration =
        Timer.builder("review.agent.duration")
            .description("Time one agent spends analyzing one task")
            .tag("agent", agent)
            .publishPercentileHistogram()
            .serviceLevelObjectives(
                Duration.ofMillis(100),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30))
            .register(registry);
    for (String outcome : new String[] {COMPLETED, FAILED, RETRIED, DEAD_LETTERED}) {
      tasks(outcome); // registered up front so dashboards show zeros, not gaps
    }
    for (String analyzer : analyzers) {
      analyzerFailures(analyzer);
    }
  }

  /** Counts a task outcome: completed, failed, retried or dead_lettered. */
  void task(String outcome) {
    tasks(outcome).increment();
  }

  /**
   * Records a finished task: its analysis time, the findings it published (rules and LLM),
   * failures.
   */
  void analysis(Analysis analysis, List<Finding> published) {
    duration.record(analysis.duration());
    for (Finding finding : published) {
      Counter.builder("review.findings")
          .tag("agent", agent)
          .tag("severity", finding.severity() == null ? "UNKNOWN" : finding.severity().name())
          .tag("category", finding.category() == null ? "unknown" : finding.category())
          .register(registry)
          .increment();
    }
    for (Analysis.Problem problem : analysis.problems()) {
      analyzerFailures(problem.analyzer()).increment();
    }
  }

  private Counter analyzerFailures(String analyzer) {
    return Counter.builder("review.analyzer.failures")
        .description("Analyzer runs that threw; the task's other analyzers still ran")
        .tag("agent", agent)
        .tag("analyzer", analyzer)
        .register(registry);
  }

  private Counter tasks(String outcome) {
    return Counter.builder("review.tasks")
        .description("Tasks by how they ended")
        .tag("agent", agent)
        .tag("outcome", outcome)
        .register(registry);
  }
}
