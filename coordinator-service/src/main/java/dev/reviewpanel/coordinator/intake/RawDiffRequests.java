package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.validation.Rejection;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.report.diff.DiffFormatException;
import dev.reviewpanel.report.diff.FileDiff;
import dev.reviewpanel.report.diff.UnifiedDiffParser;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a raw unified diff into a review request. Each added or modified text file's content is
 * rebuilt from the diff's post-image: context and added lines at their new line numbers, lines the
 * diff does not show left blank. Deleted and binary files are skipped. The limitation: analyzers
 * see only the hunks' surroundings, so findings that need code outside the hunks are missed; send
 * {@code files} with the diff in a JSON request to review with full context.
 */
@Component
class RawDiffRequests {

  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  ReviewRequest toRequest(String diff, RawDiffParameters parameters) {
    List<FileDiff> diffs;
    try {
      diffs = parser.parse(diff);
    } catch (DiffFormatException e) {
      throw new ReviewRejectedException(
          Rejection.INVALID_DIFF, "diff cannot be read: " + e.getMessage(), "body");
    }
    List<ReviewRequest.File> files = new ArrayList<>();
    for (FileDiff file : diffs) {
      if (!file.deleted() && !file.binary() && !file.lines().isEmpty()) {
        files.add(new ReviewRequest.File(file.newPath(), file.postImage(), null));
      }
    }
    if (files.isEmpty()) {
      throw new ReviewRejectedException(
          Rejection.NO_FILES, "the diff adds or modifies no text files to review", "body");
    }
    return new ReviewRequest(
        ReviewRequest.SCHEMA_VERSION,
        null,
        null,
        parameters.idempotencyKey(),
        parameters.source(),
        files,
        diff,
        parameters.agents(),
        timeout(parameters.timeout()));
  }

  private static Duration timeout(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new ReviewRejectedException(
          Rejection.INVALID_TIMEOUT,
          "timeout must be an ISO-8601 duration such as PT2M: " + value,
          "timeout");
    }
  }
}
