package dev.reviewpanel.coordinator.validation;

import dev.reviewpanel.events.ReviewRequest;

/** Checks one file of a request against the limits; returns its size in UTF-8 bytes. */
final class FileRules {

  private final LimitsProperties limits;

  FileRules(LimitsProperties limits) {
    this.limits = limits;
  }

  long check(ReviewRequest.File file, int index) {
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
    if (scan.utf8Bytes() > limits.maxFileBytes().toBytes()) {
      throw new ReviewRejectedException(
          Rejection.FILE_TOO_LARGE,
          "file "
              + file.path()
              + " is "
              + scan.utf8Bytes()
              + " bytes, more than the limit of "
              + limits.maxFileBytes().toBytes(),
          field + ".content");
    }
    if (scan.hasNul()) {
      throw new ReviewRejectedException(
          Rejection.BINARY_CONTENT,
          "file " + file.path() + " contains NUL bytes: binary files cannot be reviewed",
          field + ".content");
    }
    if (scan.hasBrokenSurrogate()) {
      throw new ReviewRejectedException(
          Rejection.INVALID_UTF8,
          "file " + file.path() + " is not valid Unicode text",
          field + ".content");
    }
    if (scan.longestLine() > limits.maxLineLength()) {
      throw new ReviewRejectedException(
          Rejection.LINE_TOO_LONG,
          "file "
              + file.path()
              + " has a line of "
              + scan.longestLine()
              + " characters, more than the limit of "
              + limits.maxLineLength(),
          field + ".content");
    }
    return scan.utf8Bytes();
  }
}
