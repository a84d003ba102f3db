package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.ExcludedCode;
import dev.reviewpanel.code.scope.TestCodePolicy;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a set of analyzers over files: each file is parsed once and given to every analyzer that
 * understands its language. An analyzer that throws, or a file that does not parse, is recorded as
 * a {@link Problem} and never stops the other analyzers or files. The time budget is enforced three
 * ways: no file or analyzer starts once it has passed; a running analyzer is stopped at its next
 * {@link Budget#checkpoint()}; and one that never checks is abandoned on its thread shortly after
 * the deadline, so a runaway analyzer cannot hold a task. Whatever the budget cuts off is listed as
 * {@link Skipped}, with the findings of the analyzers that finished kept. Only a {@link
 * TransientAnalysisException} escapes, so the caller can retry the whole task. Usable without Kafka
 * or Spring.
 *
 * <p>Every path into analysis (the workers, the offline CLI, diff reviews) meets here, so this is
 * where vendored, minified and generated files are left out ({@link ExcludedCode}) unless the
 * review's {@link ReviewOptions#includeVendored()} asks for them, and where the {@link
 * TestCodePolicy} is applied. Whatever is not analyzed is listed in {@link Analysis#notAnalyzed()}.
 */
public final class AnalysisEngine {

  // How long past the deadline to wait for an analyzer that does not poll its budget.
  static final Duration ABANDON_GRACE = Duration.ofSeconds(2);

  private final String agent;
  private final List<Analyzer> analyzers;
  private final Map<Language, List<Analyzer>> byLanguage = new EnumMap<>(Language.class);
  private final Clock clock;
  private final Duration grace;
  private final TestCodePolicy testCode;
  private final ExecutorService threads;
  private final ParseCache parses;

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers) {
    this(agent, analyzers, Clock.systemUTC());
  }

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers, Clock clock) {
    this(agent, analyzers, clock, TestCodePolicy.DEFAULTS);
  }

  public AnalysisEngine(
      String agent, List<? extends Analyzer> analyzers, Clock clock, TestCodePolicy testCode) {
    this(agent, analyzers, clock, ABANDON_GRACE, testCode, ParseCache.NONE);
  }

  /**
   * An engine whose files' parses come from {@code parses}, shared with the other engines of the
   * process given the same cache: each text is parsed once, whichever agent reads it first.
   */
  public AnalysisEngine(
      String agent,
      List<? extends Analyzer> analyzers,
      Clock clock,
      TestCodePolicy testCode,
      ParseCache parses) {
    this(agent, analyzers, clock, ABANDON_GRACE, testCode, parses);
  }

  AnalysisEngine(String agent, List<? extends Analyzer> analyzers, Clock clock, Duration grace) {
    this(agent, analyzers, clock, grace, TestCodePolicy.DEFAULTS, ParseCache.NONE);
  }

  private AnalysisEngine(
      String agent,
      List<? extends Analyzer> analyzers,
      Clock clock,
      Duration grace,
      TestCodePolicy testCode,
      ParseCache parses) {
    this.agent = agent;
    this.parses = parses;
    this.analyzers = List.copyOf(analyzers);
    this.clock = clock;
    this.grace = grace;
    this.testCode = testCode;
    this.threads = AnalysisThreads.forAgent(agent);
    for (Language language : Language.values()) {
      byLanguage.put(
          language, this.analyzers.stream().filter(a -> a.languages().contains(language)).toList());
    }
  }

  public String agent() {
    return agent;
  }

  public List<Analyzer> analyzers() {
    return analyzers;
  }

  public TestCodePolicy testCodePolicy() {
    return testCode;
  }

  /** Analyzes {@code files}, starting no new file or analyzer once {@code budget} has passed. */
  public Analysis analyze(List<ReviewTask.File> files, Duration budget) {
    return analyze(files, clock.instant().plus(budget));
  }

  /** Analyzes {@code files} with the default options (vendored code excluded). */
  public Analysis analyze(List<ReviewTask.File> files, Instant stopAt) {
    return analyze(files, stopAt, ReviewOptions.DEFAULTS, ReviewPolicy.DEFAULT);
  }

  /** Analyzes {@code files} with the review's {@code options} and no repository policy. */
  public Analysis analyze(List<ReviewTask.File> files, Instant stopAt, ReviewOptions options) {
    return analyze(files, stopAt, options, ReviewPolicy.DEFAULT);
  }

  /** Analyzes {@code files} under a repository's {@code policy}, with the default options. */
  public Analysis analyze(List<ReviewTask.File> files, Instant stopAt, ReviewPolicy policy) {
    return analyze(files, stopAt, ReviewOptions.DEFAULTS, policy);
  }

  /**
   * Analyzes {@code files}, starting no new file or analyzer at or after {@code stopAt}: vendored,
   * minified and generated files are left out unless {@code options} include them, files the
   * repository's {@code policy} excludes are listed as excluded, and every finding is judged by the
   * policy (rules switched off, severities, suppressions, baseline). The one place every caller
   * goes through: workers and offline alike.
   */
  public Analysis analyze(
      List<ReviewTask.File> files, Instant stopAt, ReviewOptions options, ReviewPolicy policy) {
    return run(runPlan(options, policy).files(files), stopAt, policy);
  }

  /** Analyzes parsed files with the default options and no repository policy. */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt) {
    return analyzeParsed(files, stopAt, ReviewOptions.DEFAULTS, ReviewPolicy.DEFAULT);
  }

  /** Analyzes parsed files under a repository's {@code policy}, with the default options. */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt, ReviewPolicy policy) {
    return analyzeParsed(files, stopAt, ReviewOptions.DEFAULTS, policy);
  }

  /**
   * Analyzes files parsed by the caller, for one process running several agents over the same
   * files: each file is parsed once whichever engine asks first, and its derived facts are shared.
   */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt, ReviewOptions options) {
    return analyzeParsed(files, stopAt, options, ReviewPolicy.DEFAULT);
  }

  /** Analyzes files parsed by the caller with the review's options and a repository policy. */
  public Analysis analyzeParsed(
      List<ParsedFile> files, Instant stopAt, ReviewOptions options, ReviewPolicy policy) {
    return run(runPlan(options, policy).parsed(files), stopAt, policy);
  }

  /**
   * Analyzes {@code files} as part of {@code scope}, a larger review: analyses that cross files
   * (the taint pass) see every file of the scope, findings are reported for {@code files} only.
   */
  public Analysis analyzeParsed(
      List<ParsedFile> files,
      Instant stopAt,
      ReviewOptions options,
      ReviewPolicy policy,
      ReviewScope scope) {
    return run(runPlan(options, policy).parsed(files, scope), stopAt, policy);
  }

  /** Analyzes {@code files} as part of {@code scope} with the default options and no policy. */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt, ReviewScope scope) {
    return analyzeParsed(files, stopAt, ReviewOptions.DEFAULTS, ReviewPolicy.DEFAULT, scope);
  }

  private RunPlan runPlan(ReviewOptions options, ReviewPolicy policy) {
    return new RunPlan(
        agent, byLanguage::get, options == null || !options.includeVendored(), policy, parses);
  }

  private Analysis run(AnalysisRun run, Instant stopAt, ReviewPolicy policy) {
    Instant started = clock.instant();
    FileAnalysis analysis = new FileAnalysis(agent, clock, stopAt, policy, testCode);
    Future<?> work = threads.submit(() -> analysis.runAll(run));
    Duration wait = Duration.between(started, stopAt);
    wait = (wait.isNegative() ? Duration.ZERO : wait).plus(grace);
    try {
      work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.abandon();
      work.cancel(true);
    } catch (InterruptedException e) {
      run.abandon();
      work.cancel(true);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("analysis thread failed", e.getCause());
    }
    return run.result(Duration.between(started, clock.instant()));
  }
}
