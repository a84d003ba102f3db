package dev.reviewpanel.report.diff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The headers and hunks of one file while a diff is being read. */
final class FileSection {

  private static final String DEV_NULL = "/dev/null";

  private final boolean git;
  private String headerOld;
  private String headerNew;
  private String minusPath;
  private String plusPath;
  private String renameFrom;
  private String renameTo;
  private boolean deletedMode;
  private boolean newMode;
  private boolean binary;
  private boolean seenHunk;
  private final List<FileDiff.PostImageLine> lines = new ArrayList<>();

  FileSection() {
    this(false);
  }

  private FileSection(boolean git) {
    this.git = git;
  }

  static FileSection fromGitHeader(String paths) {
    FileSection section = new FileSection(true);
    int half = (paths.length() - 1) / 2;
    if (paths.length() % 2 == 1 && paths.charAt(half) == ' ') {
      section.headerOld = unquote(paths.substring(0, half));
      section.headerNew = unquote(paths.substring(half + 1));
    } else {
      int split = paths.lastIndexOf(" b/");
      section.headerOld = split < 0 ? paths : paths.substring(0, split);
      section.headerNew = split < 0 ? paths : paths.substring(split + 1);
    }
    return section;
  }

  boolean seenHunkOrNewPath() {
    return seenHunk || plusPath != null;
  }

  void oldPath(String value) {
    minusPath = clean(value);
  }

  void newPath(String value) {
    plusPath = clean(value);
  }

  void extendedHeader(String line) {
    if (line.startsWith("rename from ")) {
      renameFrom = unquote(line.substring("rename from ".length()));
    } else if (line.startsWith("rename to ")) {
      renameTo = unquote(line.substring("rename to ".length()));
    } else if (line.startsWith("deleted file mode")) {
      deletedMode = true;
    } else if (line.startsWith("new file mode")) {
      newMode = true;
    } else if (line.startsWith("Binary files ") || line.equals("GIT binary patch")) {
      binary = true;
    }
  }

  void startHunk() {
    seenHunk = true;
  }

  void postImage(int number, String text, boolean added) {
    lines.add(new FileDiff.PostImageLine(number, text, added));
  }

  FileDiff toFileDiff() {
    boolean prefixed = git || (hasPrefix(minusPath, "a/") && hasPrefix(plusPath, "b/"));
    String oldPath =
        first(renameFrom, strip(minusPath, "a/", prefixed), strip(headerOld, "a/", git));
    String newPath = first(renameTo, strip(plusPath, "b/", prefixed), strip(headerNew, "b/", git));
    if (deletedMode || DEV_NULL.equals(plusPath)) {
      newPath = null;
    }
    if (newMode || DEV_NULL.equals(minusPath)) {
      oldPath = null;
    }
    if (oldPath == null && newPath == null) {
      throw new DiffFormatException(0, "a file section names no file");
    }
    lines.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return new FileDiff(oldPath, newPath, binary, lines);
  }

  private static boolean hasPrefix(String path, String prefix) {
    return path == null || DEV_NULL.equals(path) || path.startsWith(prefix);
  }

  private static String strip(String path, String prefix, boolean prefixed) {
    if (path == null || DEV_NULL.equals(path)) {
      return null;
    }
    return prefixed && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  // "--- a/x.c\t2024-01-01 ..." carries a timestamp after a tab
  private static String clean(String value) {
    int tab = value.indexOf('\t');
    return unquote(tab >= 0 ? value.substring(0, tab) : value.stripTrailing());
  }

  // git quotes unusual paths C-style, with octal escapes for the UTF-8 bytes of non-ASCII names
  private static String unquote(String value) {
    if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      return value;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int end = value.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char next = value.charAt(++i);
      if (next >= '0' && next <= '7') {
        int code = 0;
        int digits = 0;
        while (digits < 3 && i < end && value.charAt(i) >= '0' && value.charAt(i) <= '7') {
          code = code * 8 + (value.charAt(i++) - '0');
          digits++;
        }
        i--;
        out.write(code);
      } else {
        out.write(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              default -> next;
            });
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
