package dev.reviewpanel.code.config;

/**
 * One thing wrong in a configuration file.
 *
 * @param key where, as a dotted key path such as {@code rules.java.weak-hash} or {@code
 *     llm.instructions[0].text}; empty for the whole file
 * @param line 1-based line, 0 when unknown
 * @param message what is wrong, e.g. {@code must be one of critical, high, medium, low, info}
 */
public record ConfigProblem(String key, int line, String message) {

  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + ": " : "";
    return where + (key.isEmpty() ? "the file " : key + " ") + message;
  }

  /** A JSON Pointer as a dotted key path with [n] for items. */
  static String display(String pointer) {
    StringBuilder key = new StringBuilder();
    for (String part : pointer.split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        key.append('[').append(part).append(']');
      } else {
        key.append(key.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return key.toString();
  }
}
