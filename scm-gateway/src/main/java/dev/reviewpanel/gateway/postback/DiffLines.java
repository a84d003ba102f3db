package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.report.diff.DiffFormatException;
import dev.reviewpanel.report.diff.FileDiff;
import dev.reviewpanel.report.diff.UnifiedDiffParser;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines a provider's patch adds, numbered on the new side: the only lines an inline comment may
 * sit on. A patch the diff parser cannot read anchors nothing: its findings go to the summary.
 */
final class DiffLines {

  private static final Logger log = LoggerFactory.getLogger(DiffLines.class);

  private DiffLines() {}

  static Set<Integer> added(String patch) {
    Set<Integer> added = new TreeSet<>();
    if (patch == null || patch.isBlank()) {
      return added;
    }
    try {
      // the providers send a file's hunks alone: give them the file header the parser expects
      for (FileDiff file : new UnifiedDiffParser().parse("--- a/f\n+++ b/f\n" + patch)) {
        file.lines().stream()
            .filter(FileDiff.PostImageLine::added)
            .forEach(line -> added.add(line.number()));
      }
    } catch (DiffFormatException e) {
      log.warn("A patch the diff parser cannot read anchors no comment: {}", e.getMessage());
    }
    return added;
  }
}
