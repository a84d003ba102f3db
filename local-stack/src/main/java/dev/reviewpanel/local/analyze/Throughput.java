package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's rows for one language. "cpu s" is what the analyzing threads spent (lines/s/core
 * is lines over it); "proc cpu s" is the whole process over the same run, GC and JIT included.
 */
final class Throughput {

  private static final Duration NO_LIMIT = Duration.ofHours(1);
  private static final String FORMAT = "%-24s %-11s %6s %7s %7s %7s %10s %12s%n";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AgentEngines engines;

  Throughput(AgentEngines engines) {
    this.engines = engines;
  }

  void warmUp(List<ReviewTask.File> files) {
    List<ReviewTask.File> sample = files.subList(0, Math.min(files.size(), 200));
    engines.byAgent().values().forEach(engine -> engine.analyze(sample, NO_LIMIT));
    shared(sample);
  }

  void header(PrintStream out) {
    out.printf(
        Locale.ROOT,
        FORMAT,
        "agent",
        "language",
        "files",
        "lines",
        "wall s",
        "cpu s",
        "proc cpu s",
        "lines/s/core");
  }

  void measure(Language language, List<ReviewTask.File> files, PrintStream out, HeapWatch heap) {
    int lines = BenchmarkCorpus.lineCount(files);
    Took separate = Took.NONE;
    for (Map.Entry<String, AnalysisEngine> engine : engines.byAgent().entrySet()) {
      Took took = timed(() -> engine.getValue().analyze(files, NO_LIMIT).cpuTime());
      separate = separate.plus(took);
      row(out, engine.getKey(), language, files.size(), lines, took);
      heap.sample();
    }
    row(out, "all, parse per agent", language, files.size(), lines, separate);
    row(out, "all, shared parse", language, files.size(), lines, timed(() -> shared(files)));
    heap.sample();
    row(out, "parse only", language, files.size(), lines, timed(() -> parseOnly(files)));
  }

  // As the offline tool runs: each file parsed once, every agent's engine on the same tree.
  private Duration shared(List<ReviewTask.File> files) {
    Duration cpu = Duration.ZERO;
    for (ReviewTask.File file : files) {
      ParsedFile parsed = OfflineAnalysis.parse(file).orElseThrow();
      for (AnalysisEngine engine : engines.byAgent().values()) {
        Analysis analysis = engine.analyzeParsed(List.of(parsed), Instant.now().plus(NO_LIMIT));
        cpu = cpu.plus(analysis.cpuTime());
      }
    }
    return cpu;
  }

  private static Duration parseOnly(List<ReviewTask.File> files) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (ReviewTask.File file : files) {
      ParsedFile parsed = OfflineAnalysis.parse(file).orElseThrow();
      if (parsed.language() == Language.JAVA) {
        parsed.java();
      } else {
        parsed.syntaxTree();
      }
    }
    return Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
  }

  /** Wall time, analyzing threads' CPU time and process CPU time of one run, in nanoseconds. */
  private record Took(long wall, long cpu, long process) {

    static final Took NONE = new Took(0, 0, 0);

    Took plus(Took other) {
      return new Took(wall + other.wall, cpu + other.cpu, process + other.process);
    }
  }

  private interface Run {
    Duration cpu();
  }

  private static Took timed(Run run) {
    long wall = System.nanoTime();
    long process = processCpu();
    Duration cpu = run.cpu();
    return new Took(System.nanoTime() - wall, cpu.toNanos(), processCpu() - process);
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static void row(
      PrintStream out, String agent, Language language, int files, int lines, Took took) {
    double cpu = took.cpu() / 1e9;
    out.printf(
        Locale.ROOT,
        FORMAT,
        agent,
        language.id(),
        files,
        lines,
        String.format(Locale.ROOT, "%.2f", took.wall() / 1e9),
        String.format(Locale.ROOT, "%.2f", cpu),
        String.format(Locale.ROOT, "%.2f", took.process() / 1e9),
        String.format(Locale.ROOT, "%.0f", cpu == 0 ? 0 : lines / cpu));
  }
}
