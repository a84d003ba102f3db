package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.scope.ExcludedCode;
import dev.reviewpanel.code.scope.Exclusion;
import dev.reviewpanel.events.NotAnalyzed;
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
 * Finds the files under the given paths: files named directly are taken as they are, directories
 * are walked in name order, honouring the {@code .gitignore} and {@code .reviewpanelignore} files
 * of every directory on the way. A directory of third-party code or build output ({@code
 * node_modules/}, {@code dist/}...) is not walked unless vendored code is included; it is listed
 * once instead, so nothing is left out without a word.
 */
public final class SourceWalker {

  private final Path workingDirectory;
  private final boolean includeVendored;

  public SourceWalker(Path workingDirectory) {
    this(workingDirectory, false);
  }

  public SourceWalker(Path workingDirectory, boolean includeVendored) {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.includeVendored = includeVendored;
  }

  /**
   * What a walk found.
   *
   * @param files every file, those no analyzer reads included ({@link ScannedFile#language()} null)
   * @param notWalked directories left out as a whole, with why
   */
  record Walk(List<ScannedFile> files, List<NotAnalyzed> notWalked) {}

  /** The source files an analyzer reads under {@code roots}. */
  public List<ScannedFile> walk(List<Path> roots) {
    return scan(roots).files().stream().filter(file -> file.language() != null).toList();
  }

  /** Every file under {@code roots}, and the directories not walked. */
  Walk scan(List<Path> roots) {
    Map<Path, ScannedFile> found = new LinkedHashMap<>();
    List<NotAnalyzed> notWalked = new ArrayList<>();
    for (Path given : roots) {
      Path root = workingDirectory.resolve(given).normalize();
      if (Files.isDirectory(root)) {
        descend(root, layersFor(root, List.of()), found, notWalked);
      } else if (Files.isRegularFile(root)) {
        found.putIfAbsent(root, scanned(root));
      } else {
        throw new IllegalArgumentException("no such file or directory: " + given);
      }
    }
    return new Walk(new ArrayList<>(found.values()), notWalked);
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

  // a directory is asked about before it is entered, so nothing below an ignored directory is
  // ever re-included, which is git's rule too
  private void descend(
      Path dir, List<Layer> layers, Map<Path, ScannedFile> found, List<NotAnalyzed> notWalked) {
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
        Optional<Exclusion> excluded =
            includeVendored ? Optional.empty() : ExcludedCode.ofDirectory(displayPath(entry));
        if (excluded.isPresent()) {
          notWalked.add(notWalked(entry, excluded.get()));
        } else {
          descend(entry, layersFor(entry, layers), found, notWalked);
        }
      } else if (Files.isRegularFile(entry)) {
        found.putIfAbsent(entry, scanned(entry));
      }
    }
  }

  private NotAnalyzed notWalked(Path dir, Exclusion why) {
    return NotAnalyzed.atIntake(
        displayPath(dir) + "/",
        why.reason(),
        why.detail() + "; not walked (--include-vendored analyzes it)",
        null);
  }

  // deeper ignore files override shallower ones, as in git
  private static boolean ignored(Path entry, boolean directory, List<Layer> layers) {
    if (directory && IgnoreRules.VERSION_CONTROL.contains(entry.getFileName().toString())) {
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

  private ScannedFile scanned(Path file) {
    return new ScannedFile(
        displayPath(file), file, Language.fromPath(file.getFileName().toString()).orElse(null));
  }
}
