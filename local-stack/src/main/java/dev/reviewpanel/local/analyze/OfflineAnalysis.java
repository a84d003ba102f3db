package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.ReviewScope;
import dev.reviewpanel.code.analysis.SourceFile;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewOptions;
import dev.reviewpanel.events.ReviewTask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs every agent's engine over files, one file per task on as many threads as there are cores
 * (analyzers are stateless), keeping results in file order so output never depends on timing.
 */
final class OfflineAnalysis {

  // offline nobody waits on a deadline, but a runaway analyzer still must not hold the run
  private static final Duration PER_FILE_BUDGET = Duration.ofMinutes(5);

  private final AgentEngines engines;
  private final int threads;
  private final ReviewOptions options;
  private final ReviewPolicy policy;
  private volatile ReviewScope scope;

  OfflineAnalysis(AgentEngines engines, int threads, ReviewOptions options, ReviewPolicy policy) {
    this.engines = engines;
    this.threads = Math.max(1, threads);
    this.options = options;
    this.policy = policy;
  }

  OfflineAnalysis(AgentEngines engines, int threads) {
    this(engines, threads, ReviewOptions.DEFAULTS, ReviewPolicy.DEFAULT);
  }

  OfflineAnalysis(AgentEngines engines, ReviewPolicy policy) {
    this(engines, ReviewOptions.DEFAULTS, policy);
  }

  OfflineAnalysis(AgentEngines engines, ReviewOptions options, ReviewPolicy policy) {
    this(engines, Runtime.getRuntime().availableProcessors(), options, policy);
  }

  OfflineAnalysis(AgentEngines engines) {
    this(engines, ReviewPolicy.DEFAULT);
  }

  /** What each agent produced over all files, and what each file cost, in file order. */
  record Result(Map<String, Analysis> byAgent, List<FileRun> files) {

    List<Finding> findings() {
      List<Finding> all = new ArrayList<>();
      byAgent.values().forEach(analysis -> all.addAll(analysis.findings()));
      return all;
    }
  }

  /** Analyzes {@code files}, each read only when its turn comes so a big tree is never all held. */
  Result run(List<Supplier<ReviewTask.File>> files, Progress progress) {
    return run(files, progress, false);
  }

  /**
   * Analyzes {@code files}; with {@code oneReview}, as one review whose cross-file analyses (the
   * taint pass) see all of them, as a worker sees the files of a task.
   */
  Result run(List<Supplier<ReviewTask.File>> files, Progress progress, boolean oneReview) {
    scope =
        oneReview
            ? ReviewScope.of(
                files.stream()
                    .<Supplier<ParsedFile>>map(f -> () -> parse(f.get()).orElse(null))
                    .toList())
            : null;
    progress.start(files.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<OneFile>> pending = new ArrayList<>();
      for (Supplier<ReviewTask.File> file : files) {
        pending.add(pool.submit(() -> analyzeOne(file.get(), progress)));
      }
      Map<String, List<Analysis>> parts = new LinkedHashMap<>();
      engines.agents().forEach(agent -> parts.put(agent, new ArrayList<>()));
      List<FileRun> runs = new ArrayList<>();
      for (Future<OneFile> future : pending) {
        OneFile done = future.get();
        done.byAgent().forEach((agent, analysis) -> parts.get(agent).add(analysis));
        if (done.run() != null) {
          runs.add(done.run());
        }
      }
      Map<String, Analysis> byAgent = new LinkedHashMap<>();
      parts.forEach((agent, analyses) -> byAgent.put(agent, combine(analyses)));
      return new Result(byAgent, runs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      progress.clear();
    }
  }

  private record OneFile(Map<String, Analysis> byAgent, FileRun run) {}

  // One parse per file whichever agents run: the engines share the tree and its derived facts.
  private OneFile analyzeOne(ReviewTask.File file, Progress progress) {
    long start = System.nanoTime();
    Optional<ParsedFile> parsed = parse(file);
    Map<String, Analysis> byAgent = new LinkedHashMap<>();
    for (Map.Entry<String, AnalysisEngine> engine : engines.byAgent().entrySet()) {
      Instant stopAt = Instant.now().plus(PER_FILE_BUDGET);
      byAgent.put(
          engine.getKey(),
          parsed.isPresent()
              ? scope == null
                  ? engine.getValue().analyzeParsed(List.of(parsed.get()), stopAt, options, policy)
                  : engine
                      .getValue()
                      .analyzeParsed(List.of(parsed.get()), stopAt, options, policy, scope)
              : engine.getValue().analyze(List.of(file), stopAt, options, policy));
    }
    progress.finished(file.path());
    // a file no agent analyzed (excluded, unsupported) costs nothing worth a row: it is listed
    boolean analyzed = byAgent.values().stream().anyMatch(analysis -> analysis.files() > 0);
    FileRun run =
        !analyzed
            ? null
            : new FileRun(
                file.path(),
                parsed.map(p -> p.language().id()).orElse(file.language()),
                parsed.map(ParsedFile::lineCount).orElse(0),
                Duration.ofNanos(System.nanoTime() - start));
    return new OneFile(byAgent, run);
  }

  /** The file ready to share between engines; empty when its language is not analyzed. */
  static Optional<ParsedFile> parse(ReviewTask.File file) {
    return Language.of(file.language(), file.path())
        .map(
            language ->
                new ParsedFile(
                    new SourceFile(
                        file.path(),
                        language,
                        file.content() == null ? "" : file.content(),
                        file.changedLines())));
  }

  private static Analysis combine(List<Analysis> analyses) {
    List<Finding> findings = new ArrayList<>();
    List<Analysis.Problem> problems = new ArrayList<>();
    List<Analysis.Skipped> skipped = new ArrayList<>();
    List<NotAnalyzed> notAnalyzed = new ArrayList<>();
    int files = 0;
    int lines = 0;
    int suppressed = 0;
    Duration took = Duration.ZERO;
    Duration cpu = Duration.ZERO;
    for (Analysis analysis : analyses) {
      findings.addAll(analysis.findings());
      problems.addAll(analysis.problems());
      skipped.addAll(analysis.skipped());
      notAnalyzed.addAll(analysis.notAnalyzed());
      files += analysis.files();
      lines += analysis.lines();
      suppressed += analysis.suppressedOffDiff();
      took = took.plus(analysis.duration());
      cpu = cpu.plus(analysis.cpuTime());
    }
    return new Analysis(
        findings, files, lines, took, problems, skipped, suppressed, cpu, notAnalyzed);
  }
}
