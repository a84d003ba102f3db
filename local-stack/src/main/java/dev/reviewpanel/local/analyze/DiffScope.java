package dev.reviewpanel.local.analyze;

import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.report.diff.FileDiff;
import dev.reviewpanel.report.diff.UnifiedDiffParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a unified diff puts in scope: the files it adds, changes or renames (by their new path),
 * each with its added lines, or with no line limit when whole files are wanted. Deleted and binary
 * files are out of scope.
 */
public final class DiffScope {

  private final Map<String, FileDiff> files;
  private final boolean wholeFile;

  private DiffScope(Map<String, FileDiff> files, boolean wholeFile) {
    this.files = files;
    this.wholeFile = wholeFile;
  }

  public static DiffScope parse(String diff, boolean wholeFile) {
    Map<String, FileDiff> files = new LinkedHashMap<>();
    for (FileDiff file : new UnifiedDiffParser().parse(diff)) {
      if (!file.deleted() && !file.binary()) {
        files.put(file.newPath(), file);
      }
    }
    return new DiffScope(files, wholeFile);
  }

  boolean touches(String path) {
    return files.containsKey(path);
  }

  /** The lines findings may sit on in {@code path}, or null for anywhere. */
  List<LineRange> changedLines(String path) {
    return wholeFile ? null : files.get(path).addedLines();
  }

  /** The new paths of the files in scope, in diff order. */
  public List<String> paths() {
    return List.copyOf(files.keySet());
  }

  /** The file's new text as far as the diff shows it, for files not on disk. */
  public String postImage(String path) {
    return files.get(path).postImage();
  }
}
