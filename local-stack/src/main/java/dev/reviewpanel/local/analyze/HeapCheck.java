package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code benchmark --heap}: the whole corpus as ONE review, analyzed by each agent's engine as its
 * worker would (every file of the task held, one tree at a time), then by the offline tool (all
 * agents sharing each parse, a file per core), while watching the heap. Passes when no run fails
 * and the heap retained after collections stays under {@value #LIMIT_MIB} MiB; run it under {@code
 * -Xmx512m} so that a heap that does not fit fails with an OutOfMemoryError instead.
 */
final class HeapCheck {

  static final int LIMIT_MIB = 512;
  private static final Duration NO_LIMIT = Duration.ofHours(1);

  private final AgentEngines engines;

  HeapCheck(AgentEngines engines) {
    this.engines = engines;
  }

  int run(BenchmarkCorpus corpus, PrintStream out) {
    List<ReviewTask.File> review = corpus.allFiles();
    System.gc();
    try (HeapWatch heap = new HeapWatch()) {
      for (Map.Entry<String, AnalysisEngine> engine : engines.byAgent().entrySet()) {
        Analysis analysis = engine.getValue().analyze(review, NO_LIMIT);
        heap.sample();
        out.printf(
            Locale.ROOT,
            "%-24s %6d files %7d lines %6d findings %8.2f cpu s%n",
            engine.getKey() + " (worker)",
            analysis.files(),
            analysis.lines(),
            analysis.findings().size(),
            analysis.cpuTime().toNanos() / 1e9);
      }
      List<Supplier<ReviewTask.File>> files =
          review.stream().map(f -> (Supplier<ReviewTask.File>) () -> f).toList();
      OfflineAnalysis.Result offline = new OfflineAnalysis(engines).run(files, Progress.silent());
      heap.sample();
      out.printf(
          Locale.ROOT,
          "%-24s %6d files %7d lines %6d findings%n",
          "all agents (offline)",
          review.size(),
          corpus.lines(),
          offline.findings().size());
      return verdict(out, heap, corpus.lines());
    } catch (OutOfMemoryError e) {
      out.printf(Locale.ROOT, "FAILED: out of memory (max heap %d MiB)%n", maxHeapMib());
      return 1;
    }
  }

  private static int verdict(PrintStream out, HeapWatch heap, int lines) {
    long retained = heap.peakRetainedBytes() >> 20;
    out.printf(
        Locale.ROOT,
        "%npeak heap used: %d MiB, most retained after a collection: %d MiB, max heap %d MiB%n",
        heap.peakBytes() >> 20,
        retained,
        maxHeapMib());
    if (maxHeapMib() > LIMIT_MIB) {
      out.printf(Locale.ROOT, "(run with -Xmx%dm to prove the review fits)%n", LIMIT_MIB);
    }
    boolean fits = retained < LIMIT_MIB;
    out.printf(
        Locale.ROOT,
        "%s: a %d-line review %s in %d MiB of heap%n",
        fits ? "OK" : "FAILED",
        lines,
        fits ? "fits" : "does not fit",
        LIMIT_MIB);
    return fits ? 0 : 1;
  }

  private static long maxHeapMib() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }
}
