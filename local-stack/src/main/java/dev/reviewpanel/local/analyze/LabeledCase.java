package dev.reviewpanel.local.analyze;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the labeled corpus: {@code <language>/<category>/<name>.<ext>}. Lines that must be
 * flagged end in {@code // expect: <category>} ({@code #} in Python); a file without a marker of
 * its directory's category is a safe look-alike that must get no finding of that category.
 *
 * @param expectedLines 1-based lines marked with the case's category; empty for a negative case
 */
record LabeledCase(
    String path, String language, String category, String content, Set<Integer> expectedLines) {

  private static final Pattern MARKER =
      Pattern.compile("(?://|#|/\\*)\\s*expect:\\s*([a-z0-9.-]+(?:\\s*,\\s*[a-z0-9.-]+)*)");

  LabeledCase {
    expectedLines = Set.copyOf(expectedLines);
  }

  static LabeledCase of(String path, String language, String category, String content) {
    Set<Integer> lines = new LinkedHashSet<>();
    List<String> sourceLines = content.lines().toList();
    for (int i = 0; i < sourceLines.size(); i++) {
      Matcher marker = MARKER.matcher(sourceLines.get(i));
      while (marker.find()) {
        for (String expected : marker.group(1).split(",")) {
          // a full rule id ("python.sql-injection") names the same category
          if (categoryOf(expected.strip()).equals(category)) {
            lines.add(i + 1);
          }
        }
      }
    }
    return new LabeledCase(path, language, category, content, lines);
  }

  boolean positive() {
    return !expectedLines.isEmpty();
  }

  /** The evaluation category of a rule id: the id without its language prefix. */
  static String categoryOf(String ruleId) {
    if (ruleId == null) {
      return "";
    }
    int dot = ruleId.indexOf('.');
    return dot < 0 ? ruleId : ruleId.substring(dot + 1);
  }
}
