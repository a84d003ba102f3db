package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.report.diff.FileDiff;
import dev.reviewpanel.report.diff.UnifiedDiffParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The files of a request that need work. Without a diff, every file, whole. With a diff, only the
 * files it adds or modifies (by their new path after a rename), each limited to its added lines;
 * files the diff does not touch, deletes, or only removes lines from need no work.
 */
@Component
public class ReviewScope {

  private final LanguageDetector languages;
  private final UnifiedDiffParser parser = new UnifiedDiffParser();

  public ReviewScope(LanguageDetector languages) {
    this.languages = languages;
  }

  public List<ReviewTask.File> filesToReview(ReviewRequest request) {
    Map<String, List<LineRange>> changed = changedLines(request.diff());
    List<ReviewTask.File> files = new ArrayList<>();
    for (ReviewRequest.File file : request.files()) {
      List<LineRange> lines = null;
      if (changed != null) {
        lines = changed.get(file.path());
        if (lines == null || lines.isEmpty()) {
          continue;
        }
      }
      String language = languages.detect(file.path(), file.language());
      files.add(new ReviewTask.File(file.path(), language, file.content(), lines));
    }
    return files;
  }

  private Map<String, List<LineRange>> changedLines(String diff) {
    if (diff == null || diff.isBlank()) {
      return null;
    }
    Map<String, List<LineRange>> byPath = new HashMap<>();
    for (FileDiff file : parser.parse(diff)) {
      if (!file.deleted() && !file.binary()) {
        byPath.put(file.newPath(), file.addedLines());
      }
    }
    return byPath;
  }
}
