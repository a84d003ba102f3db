package dev.reviewpanel.gateway.postback;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a patch adds, numbered on the new side: the only lines an inline comment may sit on.
 * Our own small reader of hunks; the diff parser of the {@code review-report} library replaces it
 * once it exists.
 */
final class DiffLines {

  private static final Pattern HUNK =
      Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");

  private DiffLines() {}

  static Set<Integer> added(String patch) {
    Set<Integer> added = new TreeSet<>();
    if (patch == null) {
      return added;
    }
    int line = -1;
    for (String text : patch.split("\n", -1)) {
      Matcher hunk = HUNK.matcher(text);
      if (hunk.matches()) {
        line = Integer.parseInt(hunk.group(1));
      } else if (line < 0 || text.startsWith("\\")) {
        continue;
      } else if (text.startsWith("+")) {
        added.add(line++);
      } else if (!text.startsWith("-")) {
        line++;
      }
    }
    return added;
  }
}
