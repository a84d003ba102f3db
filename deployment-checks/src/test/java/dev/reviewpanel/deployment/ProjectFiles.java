package dev.reviewpanel.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Files of the checked-out project, found from the module directory Maven runs the tests in. */
final class ProjectFiles {

  private static final Path ROOT = findRoot();

  private ProjectFiles() {}

  static Path root() {
    return ROOT;
  }

  static Path resolve(String relative) {
    return ROOT.resolve(relative);
  }

  static String read(String relative) {
    try {
      return Files.readString(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code directory} whose name ends with one of {@code extensions}. */
  static List<Path> under(String directory, String... extensions) {
    Path dir = resolve(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> Stream.of(extensions).anyMatch(e -> f.toString().endsWith(e)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("docker-compose.yml")) && Files.exists(p.resolve("k8s"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root with docker-compose.yml above " + dir);
  }
}
