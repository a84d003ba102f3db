package dev.reviewpanel.code.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comment that explains a line: on the line itself, or the comment lines directly above it.
 * JavaParser is configured not to keep comments, so this reads the source lines.
 */
public final class ExplainingComment {

  // How far up a comment block above the statement may start.
  private static final int MAX_BLOCK_LINES = 10;

  // A word of a sentence: letters between spaces ("string-identity" is one word).
  private static final Pattern WORD = Pattern.compile("(?<=^|\\s)[^\\s/*]*[A-Za-z]{2,}[^\\s]*");

  private ExplainingComment() {}

  /**
   * The text of the comments on lines {@code first..last} (after {@code //}) and of the comment
   * block ending on the line above {@code first}, lower-cased; empty when there is none.
   */
  public static String around(ParsedFile file, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (int n = first; n <= last; n++) {
      String line = file.line(n);
      int slashes = line.indexOf("//");
      int block = line.indexOf("/*");
      int start = slashes < 0 ? block : block < 0 ? slashes : Math.min(slashes, block);
      if (start >= 0) {
        text.append(line, start, line.length()).append('\n');
      }
    }
    for (int n = first - 1; n >= Math.max(1, first - MAX_BLOCK_LINES); n--) {
      String line = file.line(n).strip();
      if (!(line.startsWith("//")
          || line.startsWith("/*")
          || line.startsWith("*")
          || line.endsWith("*/"))) {
        break;
      }
      text.append(line).append('\n');
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * True when {@code comment} says something in a sentence (three words or more, so a bare tag or
   * marker such as {@code // expect: x} is no explanation) and contains one of {@code words}.
   */
  public static boolean mentions(String comment, Set<String> words) {
    return isSentence(comment) && words.stream().anyMatch(comment::contains);
  }

  /** Three words or more: an explanation rather than a tag. */
  public static boolean isSentence(String comment) {
    return WORD.matcher(comment).results().count() >= 3;
  }
}
