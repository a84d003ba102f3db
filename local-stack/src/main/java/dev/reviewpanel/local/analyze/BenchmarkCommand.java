package dev.reviewpanel.local.analyze;

import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.worker.analysis.AnalysisEngine;
import dev.reviewpanel.worker.analysis.Language;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code review-panel benchmark [DIR] [--lines N]}: analysis throughput in lines per CPU second of
 * one thread (lines/s per core) for each agent and language, and for all agents together, over
 * DIR's source files replicated to at least N lines; plus the peak heap in use during the runs.
 */
public final class BenchmarkCommand {

  static final int DEFAULT_LINES = 100_000;
  private static final Duration NO_LIMIT = Duration.ofHours(1);

  private final Path directory;
  private final int lines;

  BenchmarkCommand(Path directory, int lines) {
    this.directory = directory;
    this.lines = lines;
  }

  public static BenchmarkCommand parse(String[] args) {
    Path directory = EvaluateCommand.DEFAULT_CORPUS;
    int lines = DEFAULT_LINES;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lines") && i + 1 < args.length) {
        lines = positive(args[++i]);
      } else if (args[i].startsWith("--lines=")) {
        lines = positive(args[i].substring("--lines=".length()));
      } else if (args[i].startsWith("-")) {
        throw new IllegalArgumentException("usage: review-panel benchmark [DIR] [--lines N]");
      } else {
        directory = Path.of(args[i]);
      }
    }
    return new BenchmarkCommand(directory, lines);
  }

  private static int positive(String value) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--lines needs a positive number, not '" + value + "'");
  }

  public int run(PrintStream out, PrintStream err) {
    SourceWalker walker = new SourceWalker(Path.of("").toAbsolutePath());
    BenchmarkCorpus corpus = BenchmarkCorpus.replicate(walker.walk(List.of(directory)), lines);
    AgentEngines engines = AgentEngines.load(AgentEngines.ALL);
    // a first pass loads classes, grammars and JIT-compiles hot paths, as in a running worker
    corpus.byLanguage().values().forEach(files -> warmUp(engines, files));
    System.gc();
    String format = "%-12s %-11s %7s %9s %8s %8s %13s%n";
    out.printf(
        Locale.ROOT,
        "%d lines of %s; lines/s/core = lines per CPU second of the one analyzing thread%n%n",
        corpus.lines(),
        directory);
    out.printf(
        Locale.ROOT,
        format,
        "agent",
        "language",
        "files",
        "lines",
        "wall s",
        "cpu s",
        "lines/s/core");
    try (HeapWatch heap = new HeapWatch()) {
      for (Map.Entry<Language, List<ReviewTask.File>> entry : corpus.byLanguage().entrySet()) {
        List<ReviewTask.File> files = entry.getValue();
        int fileLines = BenchmarkCorpus.lineCount(files);
        Took allAgents = new Took(0, 0);
        for (Map.Entry<String, AnalysisEngine> engine : engines.byAgent().entrySet()) {
          Took took = timed(engine.getValue(), files);
          allAgents = allAgents.plus(took);
          row(out, format, engine.getKey(), entry.getKey(), files.size(), fileLines, took);
          heap.sample();
        }
        row(out, format, "all agents", entry.getKey(), files.size(), fileLines, allAgents);
      }
      out.printf(
          Locale.ROOT,
          "%npeak heap used: %d MiB (max heap %d MiB)%n",
          heap.peakBytes() >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
    return 0;
  }

  private static void warmUp(AgentEngines engines, List<ReviewTask.File> files) {
    List<ReviewTask.File> sample = files.subList(0, Math.min(files.size(), 200));
    engines.byAgent().values().forEach(engine -> engine.analyze(sample, NO_LIMIT));
  }

  /** Wall and CPU time of one run, in nanoseconds. */
  private record Took(long wall, long cpu) {

    Took plus(Took other) {
      return new Took(wall + other.wall, cpu + other.cpu);
    }
  }

  // CPU time of this thread is what one core spent, whatever else the machine is running
  private static Took timed(AnalysisEngine engine, List<ReviewTask.File> files) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long wall = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    engine.analyze(files, NO_LIMIT);
    return new Took(System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu);
  }

  private static void row(
      PrintStream out,
      String format,
      String agent,
      Language language,
      int files,
      int lines,
      Took took) {
    double wall = took.wall() / 1e9;
    double cpu = took.cpu() / 1e9;
    out.printf(
        Locale.ROOT,
        format,
        agent,
        language.id(),
        files,
        lines,
        String.format(Locale.ROOT, "%.2f", wall),
        String.format(Locale.ROOT, "%.2f", cpu),
        String.format(Locale.ROOT, "%.0f", cpu == 0 ? 0 : lines / cpu));
  }
}
