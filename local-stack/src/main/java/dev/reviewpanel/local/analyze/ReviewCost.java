package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.ParseCache;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code benchmark DIR --review[=N]}: the files of DIR as ONE review, analyzed by the three agents
 * in parallel on one parse cache, as the one-JVM stack runs a review's tasks; N reviews after a few
 * of warm-up, each file of each review given a last line of its own (as the load driver does), so
 * no parse is reused from one review to the next. Prints the CPU milliseconds per review of each
 * agent's analyzing thread and of the whole process (GC and JIT included), the parse cache's hits
 * and misses, and the findings per review.
 */
final class ReviewCost {

  static final int DEFAULT_REVIEWS = 20;
  // the workers' default review.worker.task-parse-chars
  static final long TASK_PARSE_CHARS = 600_000;
  private static final int WARM_UP = 5;
  private static final Duration NO_LIMIT = Duration.ofHours(1);

  private final List<String> agents;
  private final long cacheChars;
  private final long taskChars;

  ReviewCost(List<String> agents, long cacheChars, long taskChars) {
    this.agents = List.copyOf(agents);
    this.cacheChars = cacheChars;
    this.taskChars = taskChars;
  }

  int run(List<ScannedFile> sources, int reviews, PrintStream out) {
    ParseCache cache = new ParseCache(cacheChars, taskChars);
    AgentEngines engines = AgentEngines.load(agents, cache);
    BenchmarkCorpus corpus = BenchmarkCorpus.replicate(sources, 1);
    List<ReviewTask.File> template = corpus.allFiles();
    out.printf(
        Locale.ROOT,
        "one review of %d files, %d lines; agents %s in parallel, parse cache %,d chars,"
            + " tasks hold up to %,d chars%n",
        template.size(),
        corpus.lines(),
        String.join(", ", agents),
        cacheChars,
        taskChars);
    ExecutorService callers = Executors.newFixedThreadPool(agents.size());
    try {
      for (int i = 0; i < WARM_UP; i++) {
        review(engines, callers, withMarker(template, -1 - i));
      }
      System.gc();
      long hits = cache.hits();
      long misses = cache.misses();
      Map<String, Long> cpu = new LinkedHashMap<>();
      int findings = 0;
      long process = processCpu();
      long wall = System.nanoTime();
      for (int i = 0; i < reviews; i++) {
        Map<String, Analysis> analyses = review(engines, callers, withMarker(template, i));
        for (Map.Entry<String, Analysis> entry : analyses.entrySet()) {
          cpu.merge(entry.getKey(), entry.getValue().cpuTime().toNanos(), Long::sum);
          findings += entry.getValue().findings().size();
        }
      }
      wall = System.nanoTime() - wall;
      process = processCpu() - process;
      long threads = cpu.values().stream().mapToLong(Long::longValue).sum();
      cpu.forEach(
          (agent, nanos) ->
              out.printf(Locale.ROOT, "  %-12s %8.1f ms/review%n", agent, nanos / 1e6 / reviews));
      out.printf(
          Locale.ROOT,
          "  %-12s %8.1f ms/review (%,.0f lines/s/core)%n",
          "all agents",
          threads / 1e6 / reviews,
          corpus.lines() * (double) reviews / (threads / 1e9));
      out.printf(
          Locale.ROOT,
          "  %-12s %8.1f ms/review (GC and JIT included), %.1f ms wall/review%n",
          "process",
          process / 1e6 / reviews,
          wall / 1e6 / reviews);
      out.printf(
          Locale.ROOT,
          "  parse cache: %d hits, %d misses over %d reviews; %d findings/review%n",
          cache.hits() - hits,
          cache.misses() - misses,
          reviews,
          findings / reviews);
      return 0;
    } finally {
      callers.shutdownNow();
    }
  }

  private static Map<String, Analysis> review(
      AgentEngines engines, ExecutorService callers, List<ReviewTask.File> files) {
    Map<String, Future<Analysis>> running = new LinkedHashMap<>();
    engines
        .byAgent()
        .forEach(
            (agent, engine) -> running.put(agent, callers.submit(() -> analyze(engine, files))));
    Map<String, Analysis> done = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Future<Analysis>> entry : running.entrySet()) {
        done.put(entry.getKey(), entry.getValue().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed", e.getCause());
    }
    return done;
  }

  private static Analysis analyze(AnalysisEngine engine, List<ReviewTask.File> files) {
    return engine.analyze(files, NO_LIMIT);
  }

  private static List<ReviewTask.File> withMarker(List<ReviewTask.File> files, long index) {
    List<ReviewTask.File> marked = new ArrayList<>(files.size());
    for (ReviewTask.File file : files) {
      String marker = file.path().endsWith(".py") ? "# review " : "// review ";
      marked.add(
          new ReviewTask.File(
              file.path(),
              file.language(),
              file.content() + marker + index + "\n",
              file.changedLines()));
    }
    return marked;
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
