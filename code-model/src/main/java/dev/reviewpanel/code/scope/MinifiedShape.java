package dev.reviewpanel.code.scope;

import dev.reviewpanel.events.NotAnalyzed.Reason;
import java.util.Locale;
import java.util.Optional;

/**
 * Minified or bundled code told by its shape, in one or two passes over the text. Thresholds from
 * real files: hand-written Java, Python, JavaScript and TypeScript of popular libraries average at
 * most about 115 characters a line (75 in files over 1 KB), and lines over 1,000 characters hold at
 * most 7% of such a file's text; minified files average 280 to 39,000 characters a line, or keep
 * half their text and more in such lines. Code packed with its layout stripped but a line break
 * kept per function or statement (the Dojo ShrinkSafe style of old vendored widgets) has short
 * enough lines but almost no spaces: such files spend 1 to 1.6% of their characters on spaces and
 * tabs and 4.5% and more on {@code ;}, <code>{</code> and <code>}</code>, where hand-written code
 * with statements spends 3% and more on spaces and tabs (indentation alone does), and long data
 * literals (a certificate, a base64 image) have no statements. A second pass over the characters
 * runs only for files the line lengths let through.
 */
final class MinifiedShape {

  // Below this a file is too small for its shape to mean anything, and too small to cost time.
  static final int MIN_CHARS = 1024;
  static final int MAX_AVERAGE_LINE = 200;
  static final int LONG_LINE = 1000;
  static final double MAX_LONG_LINE_SHARE = 0.5;
  static final double MAX_BLANK_SHARE = 0.025;
  static final double MIN_STATEMENT_MARK_SHARE = 0.02;

  private MinifiedShape() {}

  static Optional<Exclusion> of(String content) {
    int length = content.length();
    if (length < MIN_CHARS) {
      return Optional.empty();
    }
    int lines = 0;
    int longest = 0;
    long inLongLines = 0;
    int start = 0;
    while (start <= length) {
      int newline = content.indexOf('\n', start);
      int end = newline < 0 ? length : newline;
      int lineLength = end - start;
      lines++;
      longest = Math.max(longest, lineLength);
      if (lineLength > LONG_LINE) {
        inLongLines += lineLength;
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    long average = length / lines;
    if (average > MAX_AVERAGE_LINE) {
      return Optional.of(
          minified(
              String.format(
                  Locale.ROOT,
                  "minified shape: average line length %,d characters over %,d line(s)",
                  average,
                  lines)));
    }
    double share = (double) inLongLines / length;
    if (share >= MAX_LONG_LINE_SHARE) {
      return Optional.of(
          minified(
              String.format(
                  Locale.ROOT,
                  "minified shape: %d%% of the text is in lines over %,d characters (longest %,d)",
                  Math.round(share * 100),
                  LONG_LINE,
                  longest)));
    }
    return withoutLayout(content, lines);
  }

  // One more pass, only for files the line lengths let through: spaces against statement marks.
  private static Optional<Exclusion> withoutLayout(String content, int lines) {
    int blanks = 0;
    int marks = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == ' ' || c == '\t') {
        blanks++;
      } else if (c == ';' || c == '{' || c == '}') {
        marks++;
      }
    }
    double text = content.length() - (lines - 1);
    double blankShare = blanks / text;
    double markShare = marks / text;
    if (blankShare >= MAX_BLANK_SHARE || markShare < MIN_STATEMENT_MARK_SHARE) {
      return Optional.empty();
    }
    return Optional.of(
        minified(
            String.format(
                Locale.ROOT,
                "minified shape: code without its layout, %.1f%% of the characters are spaces or"
                    + " tabs and %.1f%% are ';', '{' or '}'",
                blankShare * 100,
                markShare * 100)));
  }

  private static Exclusion minified(String detail) {
    return new Exclusion(Reason.MINIFIED, detail, null);
  }
}
