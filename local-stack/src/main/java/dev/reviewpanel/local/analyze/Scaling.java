package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code benchmark --scaling}: the interprocedural (taint) pass on ONE review of growing size, the
 * source files replicated to each size. Every file is modelled, one symbol table is built over all
 * of them and the engine runs to its fixpoint once, so this is where a cost that grows faster than
 * the review would show: lines/s/core should stay about the same from the smallest review to the
 * largest. "parse" is the same files' parse alone, for comparison.
 */
final class Scaling {

  static final List<Integer> DEFAULT_SIZES = List.of(10_000, 100_000, 300_000);
  private static final String TAINT = "taint";
  private static final Duration NO_LIMIT = Duration.ofHours(1);
  private static final String FORMAT = "%-10s %6s %8s %9s %8s %10s %12s%n";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AnalysisEngine taint;

  private Scaling(AnalysisEngine taint) {
    this.taint = taint;
  }

  /** The security agent's taint pass alone, as the security worker runs it. */
  static Scaling of(AgentEngines engines) {
    AnalysisEngine security = engines.byAgent().get("security");
    List<Analyzer> pass =
        security == null
            ? List.of()
            : security.analyzers().stream().filter(a -> a.name().equals(TAINT)).toList();
    if (pass.isEmpty()) {
      throw new IllegalStateException("the security agent has no taint analyzer");
    }
    return new Scaling(new AnalysisEngine("security", pass));
  }

  int run(List<ScannedFile> sources, List<Integer> sizes, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "interprocedural pass (taint): one review per size, all languages of the corpus%n");
    out.printf(
        Locale.ROOT,
        FORMAT,
        "lines",
        "files",
        "findings",
        "taint s",
        "parse s",
        "µs/line",
        "lines/s/core");
    // the first review warms the JIT up, as in a running worker
    taint.analyze(BenchmarkCorpus.replicate(sources, sizes.get(0)).allFiles(), NO_LIMIT);
    for (int size : sizes) {
      BenchmarkCorpus corpus = BenchmarkCorpus.replicate(sources, size);
      List<ReviewTask.File> review = corpus.allFiles();
      System.gc();
      Analysis analysis = taint.analyze(review, NO_LIMIT);
      double cpu = analysis.cpuTime().toNanos() / 1e9;
      out.printf(
          Locale.ROOT,
          FORMAT,
          corpus.lines(),
          review.size(),
          analysis.findings().size(),
          String.format(Locale.ROOT, "%.2f", cpu),
          String.format(Locale.ROOT, "%.2f", parseSeconds(review)),
          String.format(Locale.ROOT, "%.1f", cpu * 1e6 / corpus.lines()),
          String.format(Locale.ROOT, "%.0f", cpu == 0 ? 0 : corpus.lines() / cpu));
    }
    return 0;
  }

  private static void parse(ParsedFile parsed) {
    if (parsed.language() == Language.JAVA) {
      parsed.java();
    } else if (parsed.language().hasSyntaxTree()) {
      parsed.syntaxTree();
    }
  }

  private static double parseSeconds(List<ReviewTask.File> files) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (ReviewTask.File file : files) {
      OfflineAnalysis.parse(file).ifPresent(Scaling::parse);
    }
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
  }
}
