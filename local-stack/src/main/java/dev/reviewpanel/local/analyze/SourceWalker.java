package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the source files under the given paths: files named directly are taken as they are,
 * directories are walked in name order, honouring the {@code .gitignore} and {@code
 * .reviewpanelignore} files of every directory on the way.
 */
public final class SourceWalker {

  private final Path workingDirectory;

  public SourceWalker(Path workingDirectory) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  public List<ScannedFile> walk(List<Path> roots) {
    Map<Path, ScannedFile> found = new LinkedHashMap<>();
    for (Path given : roots) {
      Path root = workingDirectory.resolve(given).normalize();
      if (Files.isDirectory(root)) {
        walkDirectory(root, found);
      } else if (Files.isRegularFile(root)) {
        scanned(root).ifPresent(file -> found.putIfAbsent(root, file));
      } else {
        throw new IllegalArgumentException("no such file or directory: " + given);
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The path findings use for {@code file}: relative to the working directory when inside it. */
  public String displayPath(Path file) {
    Path absolute = workingDirectory.resolve(file).normalize();
    Path shown =
        absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** The ignore files of one directory, which speak about paths below it. */
  private record Layer(Path base, IgnoreRules rules) {}

  private void walkDirectory(Path root, Map<Path, ScannedFile> found) {
    descend(root, layersFor(root, List.of()), found);
  }

  // a directory is asked about before it is entered, so nothing below an ignored directory is
  // ever re-included, which is git's rule too
  private void descend(Path dir, List<Layer> layers, Map<Path, ScannedFile> found) {
    for (Path entry : children(dir)) {
      // symbolic links are not followed: they can loop or leave the scanned tree
      if (Files.isSymbolicLink(entry)) {
        continue;
      }
      boolean directory = Files.isDirectory(entry);
      if (ignored(entry, directory, layers)) {
        continue;
      }
      if (directory) {
        descend(entry, layersFor(entry, layers), found);
      } else if (Files.isRegularFile(entry)) {
        scanned(entry).ifPresent(file -> found.putIfAbsent(entry, file));
      }
    }
  }

  // deeper ignore files override shallower ones, as in git
  private static boolean ignored(Path entry, boolean directory, List<Layer> layers) {
    if (directory && IgnoreRules.ALWAYS_SKIPPED.contains(entry.getFileName().toString())) {
      return true;
    }
    boolean ignored = false;
    for (Layer layer : layers) {
      String relative = layer.base().relativize(entry).toString().replace('\\', '/');
      Boolean verdict = layer.rules().verdict(relative, directory);
      if (verdict != null) {
        ignored = verdict;
      }
    }
    return ignored;
  }

  private static List<Layer> layersFor(Path dir, List<Layer> outer) {
    IgnoreRules rules = IgnoreRules.of(dir);
    if (rules.isEmpty()) {
      return outer;
    }
    List<Layer> layers = new ArrayList<>(outer);
    layers.add(new Layer(dir, rules));
    return layers;
  }

  private static List<Path> children(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private Optional<ScannedFile> scanned(Path file) {
    return Language.fromPath(file.getFileName().toString())
        .map(language -> new ScannedFile(displayPath(file), file, language));
  }
}
