package dev.reviewpanel.local.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index fetch.sh writes into the cache: every project of the manifest with its state, and the
 * checksum of the manifest it was made from, so a changed manifest is noticed.
 *
 * @param manifestSha256 of the manifest the index was written from, or null when not recorded
 */
record CorpusIndex(String manifestSha256, List<Project> projects) {

  static final String FILE = "index.tsv";
  private static final String SHA_LINE = "# manifest-sha256\t";

  /**
   * One project of the corpus.
   *
   * @param group {@code clean} (expected nearly finding-free) or {@code vulnerable}
   * @param ready whether its files are in the cache
   */
  record Project(String group, String name, String version, String kind, boolean ready) {

    boolean clean() {
      return "clean".equals(group);
    }
  }

  /** The index in {@code cache}, or empty when there is none yet. */
  static Optional<CorpusIndex> read(Path cache) {
    Path file = cache.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String sha = null;
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(SHA_LINE)) {
        sha = line.substring(SHA_LINE.length()).strip();
      } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("group\t")) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 5) {
          throw new IllegalStateException(
              file + " line " + (i + 1) + ": expected group, name, version, kind and state");
        }
        projects.add(new Project(cells[0], cells[1], cells[2], cells[3], "ready".equals(cells[4])));
      }
    }
    return Optional.of(new CorpusIndex(sha, List.copyOf(projects)));
  }

  /** The projects asked for, all of them when {@code names} is empty. */
  List<Project> select(List<String> names) {
    if (names.isEmpty()) {
      return projects;
    }
    List<Project> chosen = new ArrayList<>();
    for (String name : names) {
      chosen.add(
          projects.stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no project '"
                              + name
                              + "' in the corpus (known: "
                              + String.join(", ", projects.stream().map(Project::name).toList())
                              + ")")));
    }
    return chosen;
  }
}
