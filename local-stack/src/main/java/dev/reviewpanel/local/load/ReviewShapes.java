package dev.reviewpanel.local.load;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviews the load driver offers: {@code example} (examples/request.json, three small files),
 * {@code java-200} (one 200-line Java file) and {@code big} (50 such files, 10,000 lines). Every
 * review gets a last comment line of its own, so no cache keyed by content makes a repeat free.
 */
final class ReviewShapes {

  static final List<String> NAMES = List.of("example", "java-200", "big");

  private static final int LINES_PER_FILE = 200;
  private static final int BIG_FILES = 50;

  private final String name;
  private final ReviewRequest template;

  private ReviewShapes(String name, ReviewRequest template) {
    this.name = name;
    this.template = template;
  }

  static ReviewShapes of(String name, Path examples) {
    ReviewRequest template =
        switch (name) {
          case "example" -> example(examples);
          case "java-200" -> request(List.of(javaFile(0)));
          case "big" -> {
            List<ReviewRequest.File> files = new ArrayList<>();
            for (int i = 0; i < BIG_FILES; i++) {
              files.add(javaFile(i));
            }
            yield request(files);
          }
          default -> throw new IllegalArgumentException("unknown shape " + name);
        };
    return new ReviewShapes(name, template);
  }

  String name() {
    return name;
  }

  int files() {
    return template.files().size();
  }

  long lines() {
    return template.files().stream().mapToLong(f -> f.content().lines().count()).sum();
  }

  /** The {@code index}-th review of this shape, with the id the driver chose for it. */
  ReviewRequest review(String reviewId, long index) {
    List<ReviewRequest.File> files = new ArrayList<>();
    for (ReviewRequest.File file : template.files()) {
      String marker = file.path().endsWith(".py") ? "# load " : "// load ";
      files.add(
          new ReviewRequest.File(
              file.path(), file.content() + marker + index + "\n", file.language()));
    }
    return new ReviewRequest(
        ReviewRequest.SCHEMA_VERSION,
        null,
        reviewId,
        null,
        template.source(),
        files,
        null,
        template.agents(),
        template.timeout());
  }

  /**
   * Writes the template's files under {@code directory} (their paths kept), e.g. for {@code
   * benchmark DIR --review}.
   */
  Path write(Path directory) throws IOException {
    for (ReviewRequest.File file : template.files()) {
      Path target = directory.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content());
    }
    return directory;
  }

  byte[] json(String reviewId, long index) {
    return EventJson.mapper().writeValueAsBytes(review(reviewId, index));
  }

  private static ReviewRequest example(Path examples) {
    try {
      ReviewRequest example =
          EventJson.mapper().readValue(Files.readAllBytes(examples), ReviewRequest.class);
      return new ReviewRequest(
          ReviewRequest.SCHEMA_VERSION,
          null,
          null,
          null,
          example.source(),
          example.files(),
          null,
          example.agents(),
          example.timeout());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + examples + ": run from the project root or pass --examples", e);
    }
  }

  private static ReviewRequest request(List<ReviewRequest.File> files) {
    return new ReviewRequest(
        ReviewRequest.SCHEMA_VERSION, null, null, null, null, files, null, null, null);
  }

  private static String method(int index) {
    return "  public List<String> find"
        + index
        + "(String customer, int limit) throws SQLException {\n"
        + "    String sql = \"SELECT id FROM orders WHERE customer = '\" + customer + \"'\";\n"
        + "    List<String> ids = new ArrayList<>();\n"
        + "    try (Statement statement = connection.createStatement()) {\n"
        + "      ResultSet rows = statement.executeQuery(sql);\n"
        + "      while (rows.next() && ids.size() < limit) {\n"
        + "        ids.add(rows.getString(1));\n      }\n    }\n"
        + "    String report = \"\";\n"
        + "    for (String id : ids) {\n      report += id + \",\";\n    }\n"
        + "    cache.put(customer + "
        + index
        + ", ids);\n"
        + "    return ids.isEmpty() ? null : ids;\n  }\n\n";
  }

  private static long lines(CharSequence text) {
    return text.toString().lines().count();
  }

  // a plausible service class: queries, loops, string building, resources, branches
  static ReviewRequest.File javaFile(int index) {
    String type = "OrderService" + index;
    StringBuilder source = new StringBuilder();
    source.append("package com.acme.load;\n\n");
    source.append("import java.sql.*;\nimport java.util.*;\nimport java.io.*;\n\n");
    source.append("public class ").append(type).append(" {\n\n");
    source.append("  private final Connection connection;\n");
    source.append("  private final Map<String, List<String>> cache = new HashMap<>();\n\n");
    source.append("  public ").append(type).append("(Connection connection) {\n");
    source.append("    this.connection = connection;\n  }\n\n");
    StringBuilder tail = new StringBuilder();
    tail.append("  public String describe(Object other) {\n");
    tail.append("    if (other == null) {\n      return \"none\";\n    }\n");
    tail.append("    String text = other.toString();\n");
    tail.append("    if (text == \"pending\") {\n      return \"waiting\";\n    }\n");
    tail.append("    return text.trim();\n  }\n\n");
    tail.append("  public byte[] load(String name) throws IOException {\n");
    tail.append("    FileInputStream in = new FileInputStream(\"/data/\" + name);\n");
    tail.append("    return in.readAllBytes();\n  }\n");
    long tailLines = tail.toString().lines().count();
    for (int method = 0; ; method++) {
      String body = method(method);
      if (lines(source) + lines(body) + tailLines + 1 > LINES_PER_FILE) {
        break;
      }
      source.append(body);
    }
    source.append(tail);
    while (lines(source) < LINES_PER_FILE - 1) {
      source.append("\n");
    }
    source.append("}\n");
    return new ReviewRequest.File(
        "src/main/java/com/acme/load/" + type + ".java", source.toString(), "java");
  }
}
