package dev.reviewpanel.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads unified diffs (git and plain {@code diff -u}): file headers, renames, deletions, binary
 * markers and hunks. Hunks are read by their line counts, so a removed line that looks like a
 * header is never mistaken for one.
 */
public final class UnifiedDiffParser {

  private static final Pattern HUNK =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

  /** Parses {@code diff}; a blank diff has no files. */
  public List<FileDiff> parse(String diff) {
    List<FileDiff> files = new ArrayList<>();
    if (diff == null || diff.isBlank()) {
      return files;
    }
    String[] lines = diff.split("\n", -1);
    FileSection section = null;
    int i = 0;
    while (i < lines.length) {
      String line = stripCr(lines[i]);
      if (line.startsWith("diff --git ")) {
        finish(section, files);
        section = FileSection.fromGitHeader(line.substring("diff --git ".length()));
      } else if (line.startsWith("--- ") && (section == null || section.seenHunkOrNewPath())) {
        finish(section, files);
        section = new FileSection();
        section.oldPath(line.substring(4));
      } else if (line.startsWith("--- ")) {
        section.oldPath(line.substring(4));
      } else if (line.startsWith("+++ ") && section != null) {
        section.newPath(line.substring(4));
      } else if (line.startsWith("@@")) {
        if (section == null) {
          throw new DiffFormatException(i + 1, "hunk before any file header");
        }
        i = readHunk(lines, i, section);
        continue;
      } else if (section != null) {
        section.extendedHeader(line);
      }
      // anything before the first header is preamble, e.g. a commit message from format-patch
      i++;
    }
    finish(section, files);
    if (files.isEmpty()) {
      throw new DiffFormatException(1, "no file headers found in the diff");
    }
    return files;
  }

  private static int readHunk(String[] lines, int start, FileSection section) {
    Matcher header = HUNK.matcher(stripCr(lines[start]));
    if (!header.matches()) {
      throw new DiffFormatException(start + 1, "malformed hunk header: " + lines[start]);
    }
    int oldLeft = header.group(2) == null ? 1 : Integer.parseInt(header.group(2));
    int newLine = Integer.parseInt(header.group(3));
    int newLeft = header.group(4) == null ? 1 : Integer.parseInt(header.group(4));
    section.startHunk();
    int i = start + 1;
    while (oldLeft > 0 || newLeft > 0) {
      if (i >= lines.length) {
        throw new DiffFormatException(i, "hunk ends before its line counts are reached");
      }
      String line = stripCr(lines[i]);
      char kind = line.isEmpty() ? ' ' : line.charAt(0);
      String text = line.isEmpty() ? "" : line.substring(1);
      switch (kind) {
        case ' ' -> {
          section.postImage(newLine++, text, false);
          oldLeft--;
          newLeft--;
        }
        case '+' -> {
          section.postImage(newLine++, text, true);
          newLeft--;
        }
        case '-' -> oldLeft--;
        case '\\' -> {
          // "\ No newline at end of file" belongs to the line before it
        }
        default ->
            throw new DiffFormatException(
                i + 1, "unexpected line inside a hunk: " + abbreviate(line));
      }
      if (oldLeft < 0 || newLeft < 0) {
        throw new DiffFormatException(i + 1, "hunk has more lines than its header says");
      }
      i++;
    }
    return i;
  }

  private static void finish(FileSection section, List<FileDiff> files) {
    if (section != null) {
      files.add(section.toFileDiff());
    }
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String abbreviate(String line) {
    return line.length() > 80 ? line.substring(0, 80) + "..." : line;
  }
}
