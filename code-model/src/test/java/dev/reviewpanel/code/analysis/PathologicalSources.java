package dev.reviewpanel.code.analysis;

import dev.reviewpanel.events.ReviewTask;

/** Hostile but valid sources, generated: checking them in would mean megabytes of fixtures. */
final class PathologicalSources {

  static final int DEPTH = 2_000;
  static final int LONG_LINE = 10_000;
  static final int LITERAL_BYTES = 2 * 1024 * 1024;
  static final int MANY_LINES = 50_000;

  /** Every generated file ends with a call to this, so a finding on it proves the end was read. */
  static final String MARKER = "marker";

  private PathologicalSources() {}

  static ReviewTask.File java(String kind) {
    String body =
        switch (kind) {
          case "blocks" -> "{".repeat(DEPTH) + "int y = 1;" + "}".repeat(DEPTH);
          case "parentheses" -> "int y = " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + ";";
          case "long-line" -> "int y = 0" + " + 1".repeat(LONG_LINE / 4) + ";";
          case "literal" -> "String s = \"" + "a".repeat(LITERAL_BYTES) + "\";";
          case "many-lines" -> "int y = 0;\n".repeat(MANY_LINES);
          default -> throw new IllegalArgumentException(kind);
        };
    String source =
        "class Hostile {\n  void run() {\n" + body + "\n    " + MARKER + "();\n  }\n}\n";
    return new ReviewTask.File(kind + "/Hostile.java", "java", source, null);
  }

  static ReviewTask.File python(String kind) {
    String body =
        switch (kind) {
          case "blocks" -> nestedPythonBlocks();
          case "parentheses" -> "y = " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + "\n";
          case "long-line" -> "y = 0" + " + 1".repeat(LONG_LINE / 4) + "\n";
          case "literal" -> "s = \"" + "a".repeat(LITERAL_BYTES) + "\"\n";
          case "many-lines" -> "y = 0\n".repeat(MANY_LINES);
          default -> throw new IllegalArgumentException(kind);
        };
    return new ReviewTask.File(kind + "/hostile.py", "python", body + MARKER + "()\n", null);
  }

  static ReviewTask.File javascript(String kind) {
    String body =
        switch (kind) {
          case "blocks" -> "{".repeat(DEPTH) + "let y = 1;" + "}".repeat(DEPTH) + "\n";
          case "parentheses" -> "let y = " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + ";\n";
          case "long-line" -> "let y = 0" + " + 1".repeat(LONG_LINE / 4) + ";\n";
          case "literal" -> "const s = \"" + "a".repeat(LITERAL_BYTES) + "\";\n";
          case "many-lines" -> "y = 0;\n".repeat(MANY_LINES);
          default -> throw new IllegalArgumentException(kind);
        };
    return new ReviewTask.File(kind + "/hostile.js", "javascript", body + MARKER + "();\n", null);
  }

  // Python nests by indentation; 2,000 levels of `if` is as deep as its blocks go.
  private static String nestedPythonBlocks() {
    StringBuilder source = new StringBuilder();
    for (int level = 0; level < DEPTH; level++) {
      source.append(" ".repeat(level)).append("if y:\n");
    }
    return source.append(" ".repeat(DEPTH)).append("y = 1\n").toString();
  }
}
