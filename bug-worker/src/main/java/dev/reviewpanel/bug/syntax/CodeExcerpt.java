package dev.reviewpanel.bug.syntax;

/** Code quoted in a finding message: one line, whitespace collapsed, at most 80 characters. */
public final class CodeExcerpt {

  private static final int MAX_CHARS = 80;

  private CodeExcerpt() {}

  public static String of(Object code) {
    String text = String.valueOf(code).replaceAll("\\s+", " ").trim();
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS - 1) + "…" : text;
  }
}
