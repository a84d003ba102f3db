package dev.reviewpanel.local.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The intended vulnerabilities of our own vulnerable applications: a sink line ends in a comment
 * {@code vuln: <category>[, <category>...]} in the file's own comment syntax ({@code //}, {@code
 * #}, {@code {# #}}, {@code <%# %>}, {@code <!-- -->}, {@code <%-- --%>}, {@code /* * /}, Pug's
 * {@code //-}).
 */
final class VulnMarkers {

  private static final Pattern MARKER =
      Pattern.compile(
          "(?://-?|#|\\{#|<%#|<!--|<%--|/\\*)\\s*vuln:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
  // the walk of 'analyze' skips these too; a marker inside them is not part of the app
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", "build");

  private VulnMarkers() {}

  /**
   * One intended vulnerability.
   *
   * @param path as findings give it: relative to the applications' directory
   */
  record Marker(String app, String path, int line, String category) {}

  /** Every marker in every file of {@code app} under {@code apps}, in path then line order. */
  static List<Marker> of(Path apps, String app) {
    List<Marker> markers = new ArrayList<>();
    for (Path file : files(apps.resolve(app))) {
      String path = apps.relativize(file).toString().replace('\\', '/');
      List<String> lines = text(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = MARKER.matcher(lines.get(i));
        while (marker.find()) {
          for (String category : marker.group(1).split(",")) {
            markers.add(new Marker(app, path, i + 1, category.strip()));
          }
        }
      }
    }
    return markers;
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !skipped(root.relativize(f)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  // a binary file (an image) has no markers: undecodable bytes become U+FFFD, never an error
  private static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
