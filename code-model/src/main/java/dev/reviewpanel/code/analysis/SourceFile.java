package dev.reviewpanel.code.analysis;

import dev.reviewpanel.events.LineRange;
import java.util.List;

/**
 * A file under analysis.
 *
 * @param changedLines null when the whole file counts; otherwise findings are kept only here
 */
public record SourceFile(
    String path, Language language, String content, List<LineRange> changedLines) {

  public SourceFile {
    changedLines = changedLines == null ? null : List.copyOf(changedLines);
  }

  public static SourceFile of(String path, Language language, String content) {
    return new SourceFile(path, language, content, null);
  }

  public boolean isChanged(int line) {
    return changedLines == null || changedLines.stream().anyMatch(r -> r.contains(line));
  }
}
