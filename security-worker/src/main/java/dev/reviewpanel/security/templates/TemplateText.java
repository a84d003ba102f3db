package dev.reviewpanel.security.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template as one engine reads it: the text with comments and other non-output regions blanked
 * (lines keep their numbers), the ranges of raw blocks, and the values its code assigns.
 */
final class TemplateText {

  private final String original;
  private final String scanned;
  private final int[] lineStarts;
  private final List<int[]> rawBlocks = new ArrayList<>();
  private final Map<String, String> assigned = new HashMap<>();

  TemplateText(TemplateEngine engine, String content) {
    this.original = content;
    char[] text = content.toCharArray();
    for (Pattern region : engine.blank()) {
      Matcher m = region.matcher(content);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          if (text[i] != '\n') {
            text[i] = ' ';
          }
        }
      }
    }
    this.scanned = new String(text);
    this.lineStarts = lineStarts(content);
    for (TemplateEngine.RawBlock block : engine.rawBlocks()) {
      Matcher start = block.start().matcher(scanned);
      int from = 0;
      while (from < scanned.length() && start.find(from)) {
        Matcher end = block.end().matcher(scanned);
        int stop = end.find(start.end()) ? end.start() : scanned.length();
        rawBlocks.add(new int[] {start.end(), stop});
        from = Math.max(stop, start.end());
      }
    }
    if (engine.assignment() != null) {
      for (Pattern code : engine.code()) {
        Matcher region = code.matcher(content);
        while (region.find()) {
          Matcher assignment = engine.assignment().matcher(region.group("code"));
          while (assignment.find()) {
            assigned.putIfAbsent(assignment.group("name"), assignment.group("value").strip());
          }
        }
      }
    }
  }

  /** The text to look for outputs in: non-output regions are spaces. */
  String scanned() {
    return scanned;
  }

  String original() {
    return original;
  }

  /** The 1-based line of a character offset. */
  int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based line number's start offset, or the text's length past the end. */
  int lineStart(int line) {
    return line - 1 < lineStarts.length ? lineStarts[line - 1] : original.length();
  }

  int lines() {
    return lineStarts.length;
  }

  boolean inRawBlock(int offset) {
    return rawBlocks.stream().anyMatch(b -> offset >= b[0] && offset < b[1]);
  }

  /** The value the template's own code assigns to {@code name}, or null. */
  String assigned(String name) {
    return assigned.get(name);
  }

  private static int[] lineStarts(String content) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
