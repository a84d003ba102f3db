package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.testsupport.TestClock;
import dev.reviewpanel.worker.cache.RuleResultCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaOperations;

/**
 * A worker stopped in the middle of a task (SIGSTOP, a frozen VM) finds its budget gone on resume:
 * it must run the task again rather than publish a result that says "time budget exhausted". A task
 * that is simply too slow, with no pause, still ends truncated, as the budget intends.
 */
class TaskRunnerPauseTests {

  private static final Duration BUDGET = Duration.ofSeconds(30);
  private static final Rule EXIT =
      new Rule("java.exit", "availability", null, Severity.MEDIUM, Confidence.HIGH, "exit", "no");

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T06:00:00Z"));
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final PauseWatch pauses = new PauseWatch(Duration.ofSeconds(2), nanos::get);

  @BeforeEach
  void setUp() {
    when(kafka.send(anyString(), anyString(), any()))
        .thenReturn(CompletableFuture.completedFuture(null));
  }

  @Test
  void shouldRunATaskAgainWhenItsBudgetRanOutWhileTheProcessStoodStill() {
    // the process is stopped for 60 s while it analyzes the first of two files
    SlowOnce analyzer = new SlowOnce(Duration.ofSeconds(60), true);

    runner(analyzer).run(task(), 1);

    AgentResult result = published();
    assertThat(result.error()).isNull();
    assertThat(result.findings()).hasSize(2);
    assertThat(result.notAnalyzed()).isEmpty();
    assertThat(analyzer.calls.get()).isEqualTo(3);
  }

  @Test
  void shouldPublishTheTruncatedResultWhenTheAnalysisItselfWasTooSlow() {
    // the same 60 s spent analyzing, but the process ran all along: the budget did its job
    SlowOnce analyzer = new SlowOnce(Duration.ofSeconds(60), false);

    runner(analyzer).run(task(), 1);

    AgentResult result = published();
    assertThat(result.error()).isNotNull();
    assertThat(result.error().message()).contains("budget");
    assertThat(result.findings()).hasSize(1);
    assertThat(analyzer.calls.get()).isEqualTo(1);
  }

  @Test
  void shouldNotPublishAResultFinishedAfterItsPartitionWasGivenUp() {
    runner(new SlowOnce(Duration.ZERO, false)).run(task(), 1, () -> false);

    verify(kafka, never()).send(eq(Topics.REVIEW_RESULTS), anyString(), any());
  }

  @Test
  void shouldNoticeAPauseItsWatchThreadHasNotSeenYet() {
    long started = pauses.now();
    nanos.addAndGet(Duration.ofSeconds(5).toNanos());

    assertThat(pauses.pausedSince(started)).isTrue();
    pauses.tick();
    assertThat(pauses.pausedSince(started)).isTrue();
    assertThat(pauses.pausedSince(pauses.now())).isFalse();
    assertThat(pauses.pauses()).isEqualTo(1);
  }

  @Test
  void shouldNotCountTicksOnTimeAsPauses() {
    long started = pauses.now();
    for (int i = 0; i < 50; i++) {
      nanos.addAndGet(PauseWatch.TICK.toNanos());
      pauses.tick();
    }

    assertThat(pauses.pausedSince(started)).isFalse();
    assertThat(pauses.pauses()).isZero();
  }

  private TaskRunner runner(Analyzer analyzer) {
    return new TaskRunner(
        new AnalysisEngine("security", List.of(analyzer), clock),
        new OutcomePublisher(kafka, "security", "w-1", 10),
        new WorkerMetrics(new SimpleMeterRegistry(), "security"),
        BUDGET,
        100,
        "w-1",
        clock,
        null,
        3,
        RuleResultCache.NONE,
        pauses);
  }

  private AgentResult published() {
    ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
    verify(kafka).send(eq(Topics.REVIEW_RESULTS), eq("r1"), value.capture());
    return (AgentResult) value.getValue();
  }

  private static ReviewTask task() {
    String code = "class A {\n  void run() {\n    System.exit(1);\n  }\n}\n";
    return new ReviewTask(
        1,
        null,
        "r1",
        "r1:security:0",
        "security",
        null,
        List.of(
            new ReviewTask.File("A.java", "java", code, null),
            new ReviewTask.File("B.java", "java", code.replace("A", "B"), null)),
        null);
  }

  /**
   * Reports one finding per file; its first call takes {@code spent} of wall-clock time, during
   * which the process either stood still ({@code stopped}) or worked.
   */
  private final class SlowOnce implements Analyzer {

    private final Duration spent;
    private final boolean stopped;
    final AtomicInteger calls = new AtomicInteger();

    SlowOnce(Duration spent, boolean stopped) {
      this.spent = spent;
      this.stopped = stopped;
    }

    @Override
    public String name() {
      return "exit";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.JAVA);
    }

    @Override
    public void analyze(ParsedFile file, Findings findings) {
      if (calls.getAndIncrement() == 0) {
        clock.advance(spent);
        if (stopped) {
          nanos.addAndGet(spent.toNanos());
        } else {
          // working all along: the watch kept ticking on time
          for (long t = 0; t < spent.toMillis(); t += PauseWatch.TICK.toMillis()) {
            nanos.addAndGet(PauseWatch.TICK.toNanos());
            pauses.tick();
          }
        }
      }
      findings.report(EXIT, 3, "System.exit stops the server");
    }
  }
}
