package dev.reviewpanel.fakes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff hunk the simple way: everything between the common first and last lines is removed
 * and added, with up to three lines of context. Correct, not minimal: enough for a fake.
 */
public final class NaiveDiff {

  private NaiveDiff() {}

  /** The hunks from {@code before} to {@code after}; either may be null (added, removed file). */
  public static String patch(String before, String after) {
    List<String> old = lines(before);
    List<String> now = lines(after);
    int prefix = 0;
    while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < old.size() - prefix
        && suffix < now.size() - prefix
        && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
      suffix++;
    }
    int before3 = Math.min(3, prefix);
    int after3 = Math.min(3, suffix);
    int oldCount = before3 + (old.size() - prefix - suffix) + after3;
    int newCount = before3 + (now.size() - prefix - suffix) + after3;
    int start = prefix - before3 + 1;
    StringBuilder hunk = new StringBuilder();
    hunk.append("@@ -").append(oldCount == 0 ? 0 : start).append(',').append(oldCount);
    hunk.append(" +").append(newCount == 0 ? 0 : start).append(',').append(newCount).append(" @@");
    for (int i = prefix - before3; i < prefix; i++) {
      hunk.append("\n ").append(old.get(i));
    }
    for (int i = prefix; i < old.size() - suffix; i++) {
      hunk.append("\n-").append(old.get(i));
    }
    for (int i = prefix; i < now.size() - suffix; i++) {
      hunk.append("\n+").append(now.get(i));
    }
    for (int i = old.size() - suffix; i < old.size() - suffix + after3; i++) {
      hunk.append("\n ").append(old.get(i));
    }
    return hunk.toString();
  }

  /** New-side line numbers the patch shows (added and context): where GitHub accepts comments. */
  public static List<Integer> visibleNewLines(String patch, boolean addedOnly) {
    List<Integer> lines = new ArrayList<>();
    int line = -1;
    for (String text : patch.split("\n")) {
      if (text.startsWith("@@")) {
        String plus = text.substring(text.indexOf('+') + 1, text.indexOf(' ', text.indexOf('+')));
        line = Integer.parseInt(plus.split(",")[0]);
      } else if (text.startsWith("+")) {
        lines.add(line++);
      } else if (text.startsWith(" ")) {
        if (!addedOnly) {
          lines.add(line);
        }
        line++;
      }
    }
    return lines;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }
}
