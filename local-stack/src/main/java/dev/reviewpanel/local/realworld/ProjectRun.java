package dev.reviewpanel.local.realworld;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.local.analyze.FileRun;
import java.time.Duration;
import java.util.List;

/**
 * One corpus project analyzed as {@code review-panel analyze NAME} does it in the cache.
 *
 * @param files what each file read cost, in walk order
 * @param problems parse errors and analyzers that failed or ran out of time
 * @param elapsed wall-clock time of the whole project
 */
record ProjectRun(
    CorpusIndex.Project project,
    ReviewReport report,
    List<FileRun> files,
    List<Analysis.Problem> problems,
    Duration elapsed) {

  List<Finding> findings() {
    return report.findings();
  }

  List<Finding> mediumOrAbove() {
    return findings().stream().filter(ProjectRun::mediumOrAbove).toList();
  }

  int lines() {
    return files.stream().mapToInt(FileRun::lines).sum();
  }

  static boolean mediumOrAbove(Finding finding) {
    return finding.severity() != null && finding.severity().atLeast(Severity.MEDIUM);
  }

  /** The language a finding's file is read as, or its extension for files no analyzer reads. */
  static String languageOf(String path) {
    return Language.fromPath(path)
        .map(Language::id)
        .orElseGet(
            () -> {
              int dot = path.lastIndexOf('.');
              return dot < 0 || dot < path.lastIndexOf('/') ? "other" : path.substring(dot + 1);
            });
  }

  /** Where a finding is, as triage rows and listings show it. */
  static String location(Finding finding) {
    return finding.location().path() + ":" + finding.location().startLine();
  }
}
