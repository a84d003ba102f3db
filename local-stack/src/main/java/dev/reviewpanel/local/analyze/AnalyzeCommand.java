package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.config.RepositoryConfig;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.report.diff.DiffFormatException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code review-panel analyze}: the workers' analyzers over local files with no Kafka, as a report
 * in JSON, SARIF or Markdown, and an exit code for CI gates: 1 when a finding reaches {@code
 * --fail-on}, 0 otherwise, 2 for a usage error or unreadable input.
 */
public final class AnalyzeCommand {

  private final AnalyzeOptions options;
  private final Path workingDirectory;

  private AnalyzeCommand(AnalyzeOptions options, Path workingDirectory) {
    this.options = options;
    this.workingDirectory = workingDirectory;
  }

  /** Reads the arguments after {@code analyze}; throws IllegalArgumentException on misuse. */
  public static AnalyzeCommand parse(String[] args) {
    return parse(args, Path.of("").toAbsolutePath());
  }

  static AnalyzeCommand parse(String[] args, Path workingDirectory) {
    return of(AnalyzeOptions.parse(args), workingDirectory);
  }

  static AnalyzeCommand of(AnalyzeOptions options, Path workingDirectory) {
    return new AnalyzeCommand(options, workingDirectory);
  }

  public int run(PrintStream out, PrintStream err) {
    try {
      return run(out, err, Progress.onTerminal(err));
    } catch (UncheckedIOException e) {
      // not 1: a CI gate must not mistake a run that could not read its input for findings
      err.println("review-panel: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
  }

  int run(PrintStream out, PrintStream err, Progress progress) {
    RepositorySettings settings =
        RepositorySettings.load(workingDirectory, options.config(), options.baseline());
    OfflineRun.Outcome outcome = analyze(settings.policy(), err, progress);
    ReviewReport report = outcome.report();
    write(options.format().render(report), out);
    if (options.output() != null) {
      err.printf(
          "review-panel: %d finding(s) in %d file(s), verdict %s; report in %s%n",
          report.findings().size(), outcome.files().size(), report.decision(), options.output());
    }
    return failing(report, settings) ? 1 : 0;
  }

  /** Runs the agents over the options' files under {@code policy}, warning about problems. */
  OfflineRun.Outcome analyze(ReviewPolicy policy, PrintStream err, Progress progress) {
    SourceWalker walker = new SourceWalker(workingDirectory);
    List<Supplier<ReviewTask.File>> files = files(walker);
    AgentEngines engines = AgentEngines.load(options.agents());
    return OfflineRun.of(engines, policy).run(files, progress, err);
  }

  // --fail-on wins over the configuration's fail-on; suppressed findings never fail a gate
  private boolean failing(ReviewReport report, RepositorySettings settings) {
    RepositoryConfig.FailOn failOn =
        options.failOn() != null
            ? new RepositoryConfig.FailOn(options.failOn())
            : settings.config().failOn();
    return failOn != null
        && report.findings().stream()
            .anyMatch(f -> !f.suppressed() && failOn.failsOn(f.severity()));
  }

  private List<Supplier<ReviewTask.File>> files(SourceWalker walker) {
    if (options.diff() == null) {
      return OfflineRun.wholeFiles(walker.walk(options.paths()));
    }
    List<Supplier<ReviewTask.File>> files = new ArrayList<>();
    DiffScope scope = diffScope();
    List<Path> roots =
        options.paths().stream().map(p -> workingDirectory.resolve(p).normalize()).toList();
    for (String path : scope.paths()) {
      Path onDisk = workingDirectory.resolve(path).normalize();
      Optional<Language> language = Language.fromPath(path);
      if (language.isEmpty() || roots.stream().noneMatch(onDisk::startsWith)) {
        continue;
      }
      String shown = walker.displayPath(onDisk);
      files.add(
          () ->
              new ReviewTask.File(
                  shown,
                  language.get().id(),
                  // a diff of another checkout still works: its hunks give the lines they show
                  Files.isRegularFile(onDisk) ? read(onDisk) : scope.postImage(path),
                  scope.changedLines(path)));
    }
    return files;
  }

  private DiffScope diffScope() {
    Path diff = workingDirectory.resolve(options.diff());
    if (!Files.isRegularFile(diff)) {
      throw new IllegalArgumentException("no such diff file: " + options.diff());
    }
    try {
      return DiffScope.parse(read(diff), options.wholeFile());
    } catch (DiffFormatException e) {
      throw new IllegalArgumentException(
          "cannot read the diff " + options.diff() + ": " + e.getMessage());
    }
  }

  private void write(String rendered, PrintStream out) {
    if (options.output() == null) {
      out.println(rendered);
      return;
    }
    try {
      Path target = workingDirectory.resolve(options.output());
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, rendered + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + options.output(), e);
    }
  }

  // every agent parses a file, so a file that does not parse is reported once, not per agent
  static void warnAboutProblems(OfflineAnalysis.Result result, PrintStream err) {
    for (Analysis.Problem problem : problems(result)) {
      err.printf(
          "review-panel: warning: %s on %s: %s%n",
          problem.analyzer(), problem.path(), problem.error());
    }
  }

  static List<Analysis.Problem> problems(OfflineAnalysis.Result result) {
    Set<Analysis.Problem> problems = new LinkedHashSet<>();
    result.byAgent().values().forEach(analysis -> problems.addAll(analysis.problems()));
    return List.copyOf(problems);
  }

  public static String read(Path file) {
    try {
      // malformed bytes become U+FFFD instead of failing the whole run
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
