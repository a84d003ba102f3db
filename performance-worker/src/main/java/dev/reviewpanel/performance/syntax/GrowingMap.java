package dev.reviewpanel.performance.syntax;

import java.util.regex.Pattern;

/**
 * How source text uses a map held in a long-lived variable: written under computed keys, read by
 * key, or ever evicted from (deleted, popped, cleared, size-checked or replaced).
 */
public final class GrowingMap {

  /** Why a warn-once table is reported LOW, appended to the finding's message. */
  public static final String WARN_ONCE =
      "; LOW: a warn-once table: each entry is a flag set where a warning is written, so it grows"
          + " no faster than the warnings the program writes";

  // console.warn(...), warnings.warn(...), log.warning(...), process.emitWarning(...)
  private static final Pattern WARNING =
      Pattern.compile(
          "\\b(console\\.(warn|error|log|info)|process\\.emitWarning|\\w+\\.(warn|warning))\\s*\\(");

  private final Pattern write;
  private final Pattern read;
  private final Pattern evict;
  private final Pattern flag;

  private GrowingMap(Pattern write, Pattern read, Pattern evict, Pattern flag) {
    this.write = write;
    this.read = read;
    this.evict = evict;
    this.flag = flag;
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
                + "\\b"),
        Pattern.compile("\\b" + n + "\\s*\\[[^\\]'\"]+\\]\\s*=\\s*(True|1)\\b"));
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
                + "\\s*=[^=>]"),
        Pattern.compile(
            "\\b"
                + n
                + "\\.set\\([^,()]+,\\s*(true|1)\\s*\\)|\\b"
                + n
                + "\\s*\\[[^\\]'\"`]+\\]\\s*=\\s*(true|1|!0)\\b"));
  }

  /** Whether {@code text} stores an entry under a computed key. */
  public boolean written(String text) {
    return write.matcher(text).find();
  }

  /** Whether {@code text} looks an entry up. */
  public boolean read(String text) {
    return read.matcher(text).find();
  }

  /**
   * Whether {@code text}, a function, fills the map as a warn-once table: every entry it stores is
   * a flag ({@code seen[opt] = true}) and it writes a warning. Each entry marks a warning already
   * written, so the map grows no faster than the program's warnings.
   */
  public boolean warnsOnce(String text) {
    long writes = write.matcher(text).results().count();
    return writes > 0
        && writes == flag.matcher(text).results().count()
        && WARNING.matcher(text).find();
  }

  /** Whether {@code text}, a function, ever removes entries or replaces the map. */
  public boolean evicted(String text) {
    return evict.matcher(text).find();
  }
}
