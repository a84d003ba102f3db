package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one {@link AnalysisEngine#analyze} call has produced so far. The analysis thread commits
 * each analyzer's and each file's outcome here; the waiting caller may {@link #abandon} the run at
 * any time and still read a consistent result: everything committed is kept, the file in flight and
 * those after it are recorded as cut off, and later commits from the abandoned thread are ignored.
 * Every file not analyzed, or only in part, is recorded as a {@link NotAnalyzed} with its reason.
 */
final class AnalysisRun {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Gaps gaps;
  private final List<Target> targets;
  private final List<NotAnalyzed> notAnalyzed;
  private final ReviewScope scope;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private int files;
  private int lines;
  private int suppressed;
  private int next;
  private InFlight inFlight;
  private boolean abandoned;
  private long threadId = -1;
  private long cpuStart;
  private long cpuNanos;

  /**
   * A file to analyze with the analyzers for its language (none: unsupported language). {@code
   * open} gives its {@link ParsedFile}; built on demand, a tree lives while its file runs, or from
   * a cross-file pass until its turn ({@link TaskFile}).
   *
   * @param language null when no analyzer of any agent knows the file's type
   */
  record Target(
      String path, Supplier<ParsedFile> open, List<Analyzer> analyzers, Language language) {}

  /**
   * A run of {@code targets}; {@code excluded} were left out before it started (vendored, minified,
   * generated, excluded by the repository), {@code skipped} those of them the repository's
   * configuration excluded.
   */
  AnalysisRun(
      String agent, List<Target> targets, List<NotAnalyzed> excluded, List<Skipped> skipped) {
    this(agent, targets, excluded, skipped, scopeOf(targets));
  }

  /** A run over some files of a larger review whose other files cross-file analyses also see. */
  AnalysisRun(
      String agent,
      List<Target> targets,
      List<NotAnalyzed> excluded,
      List<Skipped> skipped,
      ReviewScope scope) {
    this.gaps = new Gaps(agent);
    this.targets = targets;
    this.notAnalyzed = new ArrayList<>(excluded);
    this.skipped.addAll(skipped);
    this.scope = scope;
  }

  private static ReviewScope scopeOf(List<Target> targets) {
    return ReviewScope.of(
        targets.stream()
            .<Supplier<ParsedFile>>map(t -> t.analyzers().isEmpty() ? null : t.open())
            .toList());
  }

  /** The files of this run, for analyses that cross files. */
  ReviewScope scope() {
    return scope;
  }

  List<Target> targets() {
    return targets;
  }

  /** The file at {@code index} had its turn: the task no longer holds its parse. */
  void release(int index) {
    if (targets.get(index).open() instanceof TaskFile opened) {
      opened.release();
    }
  }

  /** The run is over: no file's parse is held for it any more. */
  void releaseAll() {
    for (int i = 0; i < targets.size(); i++) {
      release(i);
    }
  }

  synchronized void started() {
    threadId = Thread.currentThread().getId();
    cpuStart = cpuNow();
  }

  synchronized void finished() {
    if (!abandoned) {
      cpuNanos = cpuNow() - cpuStart;
    }
  }

  /** Starts the file at {@code index}; false when the run was abandoned. */
  synchronized boolean begin(int index, ParsedFile file, Budget budget) {
    if (abandoned) {
      return false;
    }
    next = index;
    inFlight = new InFlight(targets.get(index), file, budget);
    return true;
  }

  synchronized void running(String analyzer) {
    if (inFlight != null) {
      inFlight.running = analyzer;
    }
  }

  /** An analyzer (or the parser) failed on the file in flight. */
  synchronized void problem(Problem problem) {
    if (inFlight != null) {
      inFlight.problems.add(problem);
      inFlight.gaps.add(gaps.of(problem, inFlight.file.language()));
    }
  }

  /** An analyzer finished on the file in flight; {@code soFar} is every finding the file has. */
  synchronized void completed(String analyzer, List<Finding> soFar, int suppressedSoFar) {
    if (inFlight != null) {
      inFlight.completed.add(analyzer);
      inFlight.findings = soFar;
      inFlight.suppressed = suppressedSoFar;
      inFlight.running = null;
    }
  }

  /** The file in flight is done; analyzers in {@code notRun} were cut off by the budget. */
  synchronized void fileDone(int lineCount, List<String> notRun) {
    if (inFlight == null) {
      return;
    }
    commit(inFlight, lineCount);
    if (!notRun.isEmpty()) {
      skipped.add(new Skipped(inFlight.target.path(), Skipped.Reason.BUDGET_EXHAUSTED, notRun));
      notAnalyzed.add(
          gaps.timeBudget(
              inFlight.target.path(),
              "the time budget ran out before " + String.join(", ", notRun) + " ran",
              !inFlight.completed.isEmpty()));
    }
    inFlight = null;
    next++;
  }

  /** A file that was not analyzed at all. */
  synchronized void fileSkipped(int index, Skipped.Reason reason) {
    if (abandoned) {
      return;
    }
    Target target = targets.get(index);
    skipped.add(new Skipped(target.path(), reason, names(target.analyzers())));
    notAnalyzed.add(gaps.notStarted(target));
    next = index + 1;
  }

  /**
   * Stops waiting for the analysis thread: the file in flight keeps what its finished analyzers
   * found, the analyzer still running is reported as abandoned, and the rest is cut off.
   */
  synchronized void abandon() {
    if (abandoned) {
      return;
    }
    abandoned = true;
    cpuNanos = threadId < 0 ? 0 : THREADS.getThreadCpuTime(threadId) - cpuStart;
    int from = next;
    if (inFlight != null) {
      inFlight.budget.expire();
      String running = inFlight.running == null ? Problem.PARSER : inFlight.running;
      inFlight.problems.add(
          new Problem(
              running,
              inFlight.target.path(),
              "still running when the time budget ran out: abandoned on its thread"));
      List<String> notRun =
          names(inFlight.target.analyzers()).stream()
              .filter(name -> !inFlight.completed.contains(name))
              .toList();
      if (!inFlight.completed.isEmpty()) {
        commit(inFlight, inFlight.file.lineCount());
      } else {
        problems.addAll(inFlight.problems);
        notAnalyzed.addAll(inFlight.gaps);
      }
      skipped.add(new Skipped(inFlight.target.path(), Skipped.Reason.BUDGET_EXHAUSTED, notRun));
      notAnalyzed.add(
          gaps.timeBudget(
              inFlight.target.path(),
              running
                  + " was still running when the time budget ran out; not run: "
                  + String.join(", ", notRun),
              !inFlight.completed.isEmpty()));
      inFlight = null;
      from++;
    }
    for (int i = from; i < targets.size(); i++) {
      Target target = targets.get(i);
      skipped.add(
          new Skipped(
              target.path(),
              target.analyzers().isEmpty()
                  ? Skipped.Reason.UNSUPPORTED_LANGUAGE
                  : Skipped.Reason.BUDGET_EXHAUSTED,
              names(target.analyzers())));
      notAnalyzed.add(gaps.notStarted(target));
    }
  }

  synchronized Analysis result(Duration took) {
    return new Analysis(
        findings,
        files,
        lines,
        took,
        problems,
        skipped,
        suppressed,
        Duration.ofNanos(Math.max(0, cpuNanos)),
        notAnalyzed);
  }

  private void commit(InFlight file, int lineCount) {
    findings.addAll(file.findings);
    problems.addAll(file.problems);
    notAnalyzed.addAll(file.gaps);
    suppressed += file.suppressed;
    files++;
    lines += lineCount;
  }

  static List<String> names(List<Analyzer> analyzers) {
    return analyzers.stream().map(Analyzer::name).toList();
  }

  private static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** The file being analyzed, as far as it got. */
  private static final class InFlight {

    final Target target;
    final ParsedFile file;
    final Budget budget;
    final List<String> completed = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<NotAnalyzed> gaps = new ArrayList<>();
    List<Finding> findings = List.of();
    int suppressed;
    String running;

    InFlight(Target target, ParsedFile file, Budget budget) {
      this.target = target;
      this.file = file;
      this.budget = budget;
    }
  }
}
