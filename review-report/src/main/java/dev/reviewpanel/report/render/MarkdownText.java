package dev.reviewpanel.report.render;

/**
 * Text from a review made safe for Markdown: code under review, messages and paths can hold
 * backticks, pipes, HTML and Markdown of their own, and must never close a fence, a table cell or a
 * {@code <details>} block, nor turn into a link or markup.
 */
final class MarkdownText {

  private MarkdownText() {}

  /** Inline prose on one line: Markdown and HTML characters escaped. */
  static String inline(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : oneLine(text).toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A code span that no backtick inside can close. */
  static String code(String text) {
    String clean = oneLine(text == null ? "" : text);
    int longest = longestRun(clean, '`');
    String ticks = "`".repeat(longest + 1);
    String pad = clean.startsWith("`") || clean.endsWith("`") || longest > 0 ? " " : "";
    return ticks + pad + clean + pad + ticks;
  }

  /** A code span inside a table cell, where a pipe ends the cell even inside code. */
  static String cellCode(String text) {
    return code(text).replace("|", "\\|");
  }

  /** Text inside HTML (a {@code <summary>}): entities only. */
  static String html(String text) {
    return oneLine(text == null ? "" : text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A fence longer than any backtick run inside, so code under review cannot close it. */
  static String fence(String snippet) {
    return "`".repeat(Math.max(3, longestRun(snippet, '`') + 1));
  }

  /** At most {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, Math.max(0, max - 1)) + "…";
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
