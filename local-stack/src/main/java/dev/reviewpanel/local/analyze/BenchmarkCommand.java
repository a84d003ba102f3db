package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.local.LocalStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code review-panel benchmark [DIR] [--lines N] [--heap]}: analysis throughput in lines per CPU
 * second of the analyzing thread (lines/s per core) for each agent and language, for all agents
 * with a parse per agent (as the deployed services, one process per agent) and with one parse
 * shared by the agents (as the offline tool), over DIR's source files replicated to at least N
 * lines; plus the peak heap. {@code --heap} instead analyzes the corpus as one review per agent and
 * checks it fits in {@value HeapCheck#LIMIT_MIB} MiB: run it under {@code -Xmx512m}. {@code
 * --scaling} instead runs the interprocedural (taint) pass on one review of each size (10,000,
 * 100,000 and 300,000 lines by default), to show its cost grows with the review about linearly.
 * {@code --review[=N]} instead analyzes DIR's files as one review, N times, the three agents in
 * parallel on one parse cache of {@code --parse-cache} characters (the one-JVM stack's by default),
 * running tasks holding up to {@code --task-parses} characters of parses for their files' turns
 * (the workers' default unless given): the analysis' CPU per review, as the load driver's shapes
 * cost it.
 */
public final class BenchmarkCommand {

  static final int DEFAULT_LINES = 100_000;
  private static final String USAGE =
      "usage: review-panel benchmark [DIR] [--lines N] [--heap] [--scaling[=N,N,...]]"
          + " [--review[=N] [--parse-cache CHARS] [--task-parses CHARS]]";

  private final Path directory;
  private final int lines;
  private final boolean heapCheck;
  private final List<Integer> scaling;
  private final int reviews;
  private final long parseCacheChars;
  private final long taskParseChars;

  BenchmarkCommand(Path directory, int lines, boolean heapCheck) {
    this(directory, lines, heapCheck, List.of());
  }

  BenchmarkCommand(Path directory, int lines, boolean heapCheck, List<Integer> scaling) {
    this(
        directory,
        lines,
        heapCheck,
        scaling,
        0,
        LocalStack.ONE_JVM_PARSE_CACHE_CHARS,
        ReviewCost.TASK_PARSE_CHARS);
  }

  BenchmarkCommand(
      Path directory,
      int lines,
      boolean heapCheck,
      List<Integer> scaling,
      int reviews,
      long parseCacheChars,
      long taskParseChars) {
    this.directory = directory;
    this.lines = lines;
    this.heapCheck = heapCheck;
    this.scaling = List.copyOf(scaling);
    this.reviews = reviews;
    this.parseCacheChars = parseCacheChars;
    this.taskParseChars = taskParseChars;
  }

  public static BenchmarkCommand parse(String[] args) {
    Path directory = EvaluateCommand.DEFAULT_CORPUS;
    int lines = DEFAULT_LINES;
    boolean heap = false;
    List<Integer> scaling = List.of();
    int reviews = 0;
    long parseCache = LocalStack.ONE_JVM_PARSE_CACHE_CHARS;
    long taskParses = ReviewCost.TASK_PARSE_CHARS;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lines") && i + 1 < args.length) {
        lines = positive(args[++i]);
      } else if (args[i].startsWith("--lines=")) {
        lines = positive(args[i].substring("--lines=".length()));
      } else if (args[i].equals("--heap")) {
        heap = true;
      } else if (args[i].equals("--scaling")) {
        scaling = Scaling.DEFAULT_SIZES;
      } else if (args[i].startsWith("--scaling=")) {
        scaling =
            Arrays.stream(args[i].substring("--scaling=".length()).split(","))
                .map(BenchmarkCommand::positive)
                .toList();
      } else if (args[i].equals("--review")) {
        reviews = ReviewCost.DEFAULT_REVIEWS;
      } else if (args[i].startsWith("--review=")) {
        reviews = positive(args[i].substring("--review=".length()));
      } else if (args[i].equals("--parse-cache") && i + 1 < args.length) {
        parseCache = Long.parseLong(args[++i]);
      } else if (args[i].equals("--task-parses") && i + 1 < args.length) {
        taskParses = Long.parseLong(args[++i]);
      } else if (args[i].startsWith("-")) {
        throw new IllegalArgumentException(USAGE);
      } else {
        directory = Path.of(args[i]);
      }
    }
    return new BenchmarkCommand(directory, lines, heap, scaling, reviews, parseCache, taskParses);
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
    throw new IllegalArgumentException("a positive number is needed, not '" + value + "'");
  }

  public int run(PrintStream out, PrintStream err) {
    // paths relative to the corpus: where it sits (a build directory...) must not exclude it
    Path root = Path.of("").toAbsolutePath().resolve(directory).normalize();
    List<ScannedFile> sources = new SourceWalker(root).walk(List.of(root));
    if (reviews > 0) {
      return new ReviewCost(AgentEngines.ALL, parseCacheChars, taskParseChars)
          .run(sources, reviews, out);
    }
    AgentEngines engines = AgentEngines.load(AgentEngines.ALL);
    if (!scaling.isEmpty()) {
      return Scaling.of(engines).run(sources, scaling, out);
    }
    BenchmarkCorpus corpus = BenchmarkCorpus.replicate(sources, lines);
    describe(out, corpus, sources.size());
    if (heapCheck) {
      return new HeapCheck(engines).run(corpus, out);
    }
    Throughput throughput = new Throughput(engines);
    // a first pass loads classes, grammars and JIT-compiles hot paths, as in a running worker
    corpus.byLanguage().values().forEach(throughput::warmUp);
    System.gc();
    throughput.header(out);
    try (HeapWatch heap = new HeapWatch()) {
      for (Map.Entry<Language, List<ReviewTask.File>> entry : corpus.byLanguage().entrySet()) {
        throughput.measure(entry.getKey(), entry.getValue(), out, heap);
      }
      out.printf(
          Locale.ROOT,
          "%npeak heap used: %d MiB, most retained after a collection: %d MiB (max heap %d MiB)%n",
          heap.peakBytes() >> 20,
          heap.peakRetainedBytes() >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
    return 0;
  }

  private void describe(PrintStream out, BenchmarkCorpus corpus, int sourceFiles) {
    out.printf(
        Locale.ROOT,
        "corpus: %d lines in %d files (%d source files of %s, %d copies)%n",
        corpus.lines(),
        corpus.byLanguage().values().stream().mapToInt(List::size).sum(),
        sourceFiles,
        directory,
        corpus.copies());
    corpus
        .byLanguage()
        .forEach(
            (language, files) ->
                out.printf(
                    Locale.ROOT,
                    "  %-11s %7d lines in %6d files%n",
                    language.id(),
                    BenchmarkCorpus.lineCount(files),
                    files.size()));
    out.println();
  }
}
