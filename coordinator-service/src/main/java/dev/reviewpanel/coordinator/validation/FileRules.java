package dev.reviewpanel.coordinator.validation;

import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewRequest;

/**
 * Checks one file of a request against the limits. A path that escapes or a missing content refuses
 * the whole request; a file that is too large, binary or has an over-long line is accepted with the
 * rest of the review and listed as not analyzed.
 */
final class FileRules {

  private final LimitsProperties limits;

  FileRules(LimitsProperties limits) {
    this.limits = limits;
  }

  /**
   * What one file weighs, and why it will not be analyzed, if so.
   *
   * @param utf8Bytes its size, counted against the request's total
   * @param notAnalyzed why no agent gets it, or null
   */
  record Checked(long utf8Bytes, NotAnalyzed notAnalyzed) {}

  Checked check(ReviewRequest.File file, int index) {
    String field = "files[" + index + "]";
    String pathProblem = PathRules.problem(file.path());
    if (pathProblem != null) {
      throw new ReviewRejectedException(Rejection.INVALID_PATH, pathProblem, field + ".path");
    }
    if (file.content() == null) {
      throw new ReviewRejectedException(
          Rejection.MISSING_CONTENT, "file " + file.path() + " has no content", field + ".content");
    }
    TextScan scan = TextScan.of(file.content());
    long maxBytes = limits.maxFileBytes().toBytes();
    if (scan.utf8Bytes() > maxBytes) {
      return skipped(
          scan,
          file,
          NotAnalyzed.Reason.TOO_LARGE,
          scan.utf8Bytes() + " bytes, more than the limit of " + maxBytes,
          null);
    }
    if (scan.hasNul()) {
      return skipped(
          scan, file, NotAnalyzed.Reason.BINARY, "contains NUL bytes: binary content", null);
    }
    if (scan.hasBrokenSurrogate()) {
      return skipped(scan, file, NotAnalyzed.Reason.BINARY, "not valid Unicode text", null);
    }
    if (scan.longestLine() > limits.maxLineLength()) {
      return skipped(
          scan,
          file,
          NotAnalyzed.Reason.LINE_TOO_LONG,
          "line "
              + scan.longestLineNumber()
              + " has "
              + scan.longestLine()
              + " characters, more than the limit of "
              + limits.maxLineLength(),
          scan.longestLineNumber());
    }
    return new Checked(scan.utf8Bytes(), null);
  }

  private static Checked skipped(
      TextScan scan, ReviewRequest.File file, NotAnalyzed.Reason reason, String why, Integer line) {
    return new Checked(scan.utf8Bytes(), NotAnalyzed.atIntake(file.path(), reason, why, line));
  }
}
