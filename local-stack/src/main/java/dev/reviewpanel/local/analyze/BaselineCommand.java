package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code review-panel baseline [PATH...]}: analyzes like {@code analyze} and writes the findings
 * that count today to {@code .review-panel-baseline.json}, sorted by path, rule and fingerprint, so
 * the same code always gives the same file. Later reviews report those as suppressed (BASELINE) and
 * count only new ones. Findings already suppressed in the code or switched off by the configuration
 * are not written: they need no baseline.
 */
public final class BaselineCommand {

  static final String USAGE =
      "usage: review-panel baseline [PATH...] [--agents security,bug,performance]"
          + " [--config FILE] [--output FILE]";

  private final AnalyzeOptions options;
  private final Path workingDirectory;

  private BaselineCommand(AnalyzeOptions options, Path workingDirectory) {
    this.options = options;
    this.workingDirectory = workingDirectory;
  }

  public static BaselineCommand parse(String[] args) {
    return parse(args, Path.of("").toAbsolutePath());
  }

  static BaselineCommand parse(String[] args, Path workingDirectory) {
    List<String> words = List.of(args);
    if (words.stream().anyMatch(w -> w.startsWith("--diff") || w.startsWith("--fail-on"))) {
      throw new IllegalArgumentException("baseline takes no --diff or --fail-on\n" + USAGE);
    }
    boolean hasPath = words.stream().anyMatch(w -> !w.startsWith("-"));
    String[] withPath = hasPath ? args : append(args, ".");
    return new BaselineCommand(AnalyzeOptions.parse(withPath), workingDirectory);
  }

  public int run(PrintStream out, PrintStream err) {
    return run(out, err, Progress.onTerminal(err));
  }

  int run(PrintStream out, PrintStream err, Progress progress) {
    RepositorySettings settings = RepositorySettings.load(workingDirectory, options.config(), null);
    // today's findings, none of them accepted yet: the file is rewritten, not appended to
    ReviewPolicy policy = new ReviewPolicy(settings.config(), Baseline.EMPTY);
    OfflineRun.Outcome outcome =
        AnalyzeCommand.of(options, workingDirectory).analyze(policy, err, progress);
    Baseline baseline = of(outcome.report().findings());
    Path target =
        workingDirectory.resolve(
            options.output() == null
                ? Path.of(RepositorySettings.BASELINE_FILE)
                : options.output());
    write(target, baseline);
    out.printf(
        "review-panel: %d finding(s) accepted in %s; later reviews count only new ones%n",
        baseline.findings().size(),
        workingDirectory.relativize(target.toAbsolutePath().normalize()));
    return 0;
  }

  /** The baseline of {@code findings}: the counted ones, each fingerprint once, sorted. */
  static Baseline of(List<Finding> findings) {
    Map<String, Baseline.Entry> unique = new TreeMap<>();
    for (Finding f : findings) {
      if (!f.suppressed() && f.location() != null) {
        unique.putIfAbsent(
            f.fingerprint(), new Baseline.Entry(f.fingerprint(), f.ruleId(), f.location().path()));
      }
    }
    return new Baseline(
        Baseline.VERSION,
        unique.values().stream()
            .sorted(
                Comparator.comparing(Baseline.Entry::path)
                    .thenComparing(Baseline.Entry::ruleId)
                    .thenComparing(Baseline.Entry::fingerprint))
            .toList());
  }

  private static void write(Path target, Baseline baseline) {
    try {
      String json =
          EventJson.mapper()
              .writer()
              .with(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(baseline);
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static String[] append(String[] args, String word) {
    String[] more = java.util.Arrays.copyOf(args, args.length + 1);
    more[args.length] = word;
    return more;
  }
}
