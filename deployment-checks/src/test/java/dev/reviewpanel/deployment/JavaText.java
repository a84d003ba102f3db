package dev.reviewpanel.deployment;

/** Java source with comments and string, text-block and char literals blanked out. */
final class JavaText {

  private JavaText() {}

  static String codeOnly(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = skipTo(source, i, "\n", out, false);
      } else if (source.startsWith("/*", i)) {
        i = skipTo(source, i + 2, "*/", out, true);
      } else if (source.startsWith("\"\"\"", i)) {
        i = skipTo(source, i + 3, "\"\"\"", out, true);
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        i = skipLiteral(source, i, out);
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }

  // blanks up to and including the end marker, keeping newlines so line starts stay where they are
  private static int skipTo(String s, int from, String end, StringBuilder out, boolean inclusive) {
    int stop = s.indexOf(end, from);
    int last = stop < 0 ? s.length() : inclusive ? stop + end.length() : stop;
    for (int k = from; k < last; k++) {
      out.append(s.charAt(k) == '\n' ? '\n' : ' ');
    }
    return last;
  }

  private static int skipLiteral(String s, int from, StringBuilder out) {
    char quote = s.charAt(from);
    int k = from + 1;
    while (k < s.length() && s.charAt(k) != quote && s.charAt(k) != '\n') {
      k += s.charAt(k) == '\\' ? 2 : 1;
    }
    int last = Math.min(s.length(), k + 1);
    out.append(" ".repeat(last - from));
    return last;
  }
}
