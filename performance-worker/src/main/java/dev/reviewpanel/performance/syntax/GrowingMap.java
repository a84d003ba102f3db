package dev.reviewpanel.performance.syntax;

import java.util.regex.Pattern;

/**
 * How source text uses a map held in a long-lived variable: written under computed keys, read by
 * key, or ever evicted from (deleted, popped, cleared, size-checked or replaced).
 */
public final class GrowingMap {

  private final Pattern write;
  private final Pattern read;
  private final Pattern evict;

  private GrowingMap(Pattern write, Pattern read, Pattern evict) {
    this.write = write;
    this.read = read;
    this.evict = evict;
  }

  /** A Python dict named {@code name}. */
  public static GrowingMap python(String name) {
    String n = Pattern.quote(name);
    return new GrowingMap(
        Pattern.compile("\\b" + n + "\\s*\\[[^\\]'\"]+\\]\\s*=[^=]|\\b" + n + "\\.setdefault\\("),
        Pattern.compile(
            "\\bin\\s+"
                + n
                + "\\b|\\b"
                + n
                + "\\.get\\(|\\b"
                + n
                + "\\s*\\[[^\\]]+\\](?!\\s*=[^=])"),
        Pattern.compile(
            "\\bdel\\s+"
                + n
                + "\\s*\\[|\\b"
                + n
                + "\\.(pop|popitem|clear)\\(|\\blen\\(\\s*"
                + n
                + "\\s*\\)|\\bglobal\\s+(\\w+\\s*,\\s*)*"
                + n
                + "\\b"));
  }

  /** A JavaScript Map or plain object named {@code name}. */
  public static GrowingMap script(String name) {
    String n = Pattern.quote(name);
    return new GrowingMap(
        Pattern.compile("\\b" + n + "\\.set\\(|\\b" + n + "\\s*\\[[^\\]'\"`]+\\]\\s*=[^=]"),
        Pattern.compile(
            "\\b"
                + n
                + "\\.(has|get)\\(|\\bin\\s+"
                + n
                + "\\b|\\b"
                + n
                + "\\s*\\[[^\\]]+\\](?!\\s*=[^=])"),
        Pattern.compile(
            "\\b"
                + n
                + "\\.(delete|clear)\\(|\\bdelete\\s+"
                + n
                + "\\s*\\[|\\b"
                + n
                + "\\.size\\b|Object\\.keys\\(\\s*"
                + n
                + "\\s*\\)\\.length|\\b"
                + n
                + "\\s*=[^=>]"));
  }

  /** Whether {@code text} stores an entry under a computed key. */
  public boolean written(String text) {
    return write.matcher(text).find();
  }

  /** Whether {@code text} looks an entry up. */
  public boolean read(String text) {
    return read.matcher(text).find();
  }

  /** Whether {@code text}, a function, ever removes entries or replaces the map. */
  public boolean evicted(String text) {
    return evict.matcher(text).find();
  }
}
