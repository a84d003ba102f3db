package dev.reviewpanel.bug.python;

import java.util.regex.Pattern;

/** How the methods of a class use an attribute of its instances, read from the class's text. */
final class InstanceAttributes {

  private static final String MUTATORS =
      "append|extend|insert|add|update|setdefault|pop|popitem|remove|discard|clear|sort|reverse"
          + "|appendleft|extendleft";

  private InstanceAttributes() {}

  /**
   * True when a method changes {@code self.<name>} in place: a mutating call ({@code
   * self.items.append(x)}), an item written or deleted ({@code self.totals[k] = v}, {@code del
   * self.totals[k]}), a change of an item ({@code self.by_kind[k].append(x)}) or an augmented
   * assignment ({@code self.tags |= {...}}).
   */
  static boolean changedInPlace(String classBody, String name) {
    String attribute = "\\bself\\." + Pattern.quote(name);
    return Pattern.compile(attribute + "\\s*\\.\\s*(" + MUTATORS + ")\\s*\\(")
            .matcher(classBody)
            .find()
        || Pattern.compile(attribute + "\\s*\\[[^\\]\\n]*\\]\\s*(=[^=]|[-+|&]=)")
            .matcher(classBody)
            .find()
        || Pattern.compile(attribute + "\\s*\\[[^\\]\\n]*\\]\\s*\\.\\s*(" + MUTATORS + ")\\s*\\(")
            .matcher(classBody)
            .find()
        || Pattern.compile(attribute + "\\s*[-+|&]=").matcher(classBody).find()
        || Pattern.compile("\\bdel\\s+" + attribute + "\\s*\\[").matcher(classBody).find();
  }

  /** True when a method gives the instance its own {@code self.<name> = ...}. */
  static boolean assigned(String classBody, String name) {
    return Pattern.compile("\\bself\\." + Pattern.quote(name) + "\\s*(:[^=\\n]*)?=[^=]")
        .matcher(classBody)
        .find();
  }

  /**
   * True when a method hands {@code self.<name>} out: {@code return self.x}, {@code y = self.x}.
   */
  static boolean handedOut(String classBody, String name) {
    String attribute = "\\bself\\." + Pattern.quote(name) + "\\s*$";
    return Pattern.compile("(=|\\breturn)\\s*" + attribute, Pattern.MULTILINE)
        .matcher(classBody)
        .find();
  }
}
