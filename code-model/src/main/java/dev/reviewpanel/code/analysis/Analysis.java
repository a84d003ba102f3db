package dev.reviewpanel.code.analysis;

import dev.reviewpanel.events.Finding;
import java.time.Duration;
import java.util.List;

/**
 * What an {@link AnalysisEngine} run produced.
 *
 * @param findings every finding, in file then analyzer order
 * @param files how many files were analyzed (skipped files not included)
 * @param lines how many lines those files have
 * @param duration wall-clock time of the run
 * @param problems analyzers that failed on a file, and files that did not parse
 * @param skipped files that were not analyzed, or not completely, and why
 * @param suppressedOffDiff findings dropped because they were outside the changed lines
 * @param cpuTime CPU time the analysis thread spent (zero where the JVM cannot measure it)
 */
public record Analysis(
    List<Finding> findings,
    int files,
    int lines,
    Duration duration,
    List<Problem> problems,
    List<Skipped> skipped,
    int suppressedOffDiff,
    Duration cpuTime) {

  public Analysis {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
    cpuTime = cpuTime == null ? Duration.ZERO : cpuTime;
  }

  /** A result whose CPU time was not measured. */
  public Analysis(
      List<Finding> findings,
      int files,
      int lines,
      Duration duration,
      List<Problem> problems,
      List<Skipped> skipped,
      int suppressedOffDiff) {
    this(findings, files, lines, duration, problems, skipped, suppressedOffDiff, Duration.ZERO);
  }

  /** True when the time budget ran out before every file had every analyzer run on it. */
  public boolean budgetExhausted() {
    return skipped.stream().anyMatch(s -> s.reason() == Skipped.Reason.BUDGET_EXHAUSTED);
  }

  /**
   * Something that went wrong on one file without stopping the run.
   *
   * @param analyzer the analyzer's name, or {@link #PARSER} when the file itself did not parse
   */
  public record Problem(String analyzer, String path, String error) {

    public static final String PARSER = "parser";
  }

  /**
   * A file that was not analyzed, or only by some analyzers.
   *
   * @param analyzersNotRun names of the applicable analyzers that did not run on it
   */
  public record Skipped(String path, Reason reason, List<String> analyzersNotRun) {

    public Skipped {
      analyzersNotRun = List.copyOf(analyzersNotRun);
    }

    /** Why a file was skipped. */
    public enum Reason {
      UNSUPPORTED_LANGUAGE,
      BUDGET_EXHAUSTED,
      /** Left out by the repository configuration's paths. */
      EXCLUDED
    }
  }
}
