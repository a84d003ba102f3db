package dev.reviewpanel.report.diff;

import dev.reviewpanel.events.LineRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unified diff says about one file.
 *
 * @param oldPath path before the change, null for an added file
 * @param newPath path after the change, null for a deleted file
 * @param binary true when the diff carries no text hunks for a binary file
 * @param lines the post-image lines the hunks reveal (context and added), in line order
 */
public record FileDiff(String oldPath, String newPath, boolean binary, List<PostImageLine> lines) {

  public FileDiff {
    lines = List.copyOf(lines);
  }

  /** One line of the new version of the file, known from a hunk. */
  public record PostImageLine(int number, String text, boolean added) {}

  public boolean deleted() {
    return newPath == null;
  }

  /** Added lines as merged, ascending ranges: the lines findings may be reported on. */
  public List<LineRange> addedLines() {
    List<LineRange> ranges = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (PostImageLine line : lines) {
      if (!line.added()) {
        continue;
      }
      if (start > 0 && line.number() == end + 1) {
        end = line.number();
        continue;
      }
      if (start > 0) {
        ranges.add(new LineRange(start, end));
      }
      start = line.number();
      end = line.number();
    }
    if (start > 0) {
      ranges.add(new LineRange(start, end));
    }
    return ranges;
  }

  /**
   * The new file as far as the hunks show it: known lines at their line numbers, lines the diff
   * does not show left blank, so line numbers of findings match the real file.
   */
  public String postImage() {
    int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
    String[] text = new String[last];
    for (PostImageLine line : lines) {
      text[line.number() - 1] = line.text();
    }
    StringBuilder content = new StringBuilder();
    for (String line : text) {
      content.append(line == null ? "" : line).append('\n');
    }
    return content.toString();
  }
}
