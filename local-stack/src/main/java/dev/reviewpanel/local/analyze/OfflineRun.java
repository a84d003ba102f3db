package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code review-panel analyze} does with files, open to other commands: every agent's
 * analyzers once per file, problems warned about, and the report a user gets, so a yardstick
 * measures exactly what the command delivers.
 */
public final class OfflineRun {

  private final AgentEngines engines;
  private final ReviewPolicy policy;

  private OfflineRun(AgentEngines engines, ReviewPolicy policy) {
    this.engines = engines;
    this.policy = policy;
  }

  /** Every agent's analyzers, loaded once for as many runs as the caller makes. */
  public static OfflineRun allAgents() {
    return new OfflineRun(AgentEngines.load(AgentEngines.ALL), ReviewPolicy.DEFAULT);
  }

  static OfflineRun of(AgentEngines engines) {
    return of(engines, ReviewPolicy.DEFAULT);
  }

  /** Runs under a repository's policy: its configuration, comments and baseline. */
  static OfflineRun of(AgentEngines engines, ReviewPolicy policy) {
    return new OfflineRun(engines, policy);
  }

  /**
   * The report and the cost per file.
   *
   * @param files one entry per file read, in walk order
   * @param problems files that did not parse and analyzers that failed or ran out of time, once
   *     each even when several agents met them
   */
  public record Outcome(
      ReviewReport report, List<FileRun> files, List<Analysis.Problem> problems) {}

  /** Analyzes {@code paths} under {@code workingDirectory} as {@code analyze PATH...} does. */
  public Outcome analyze(Path workingDirectory, List<Path> paths, PrintStream err) {
    SourceWalker walker = new SourceWalker(workingDirectory);
    return run(wholeFiles(walker.walk(paths)), Progress.onTerminal(err), err);
  }

  Outcome run(List<Supplier<ReviewTask.File>> files, Progress progress, PrintStream err) {
    Instant started = Instant.now();
    OfflineAnalysis.Result result = new OfflineAnalysis(engines, policy).run(files, progress);
    AnalyzeCommand.warnAboutProblems(result, err);
    return new Outcome(
        OfflineReport.of(result, started), result.files(), AnalyzeCommand.problems(result));
  }

  // each file is read only when its turn comes, so a big tree is never held whole
  static List<Supplier<ReviewTask.File>> wholeFiles(List<ScannedFile> scanned) {
    List<Supplier<ReviewTask.File>> files = new ArrayList<>();
    for (ScannedFile file : scanned) {
      files.add(
          () ->
              new ReviewTask.File(
                  file.path(), file.language().id(), AnalyzeCommand.read(file.file()), null));
    }
    return files;
  }
}
