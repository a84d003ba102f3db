package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.analysis.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the {@code <language>/<category>/<case>.<ext>} files of a labeled corpus. */
final class CorpusReader {

  private CorpusReader() {}

  static List<LabeledCase> read(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no corpus directory " + root);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> root.relativize(file).getNameCount() == 3)
          .filter(file -> Language.fromPath(file.getFileName().toString()).isPresent())
          .sorted()
          .map(file -> labeled(root, file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus " + root, e);
    }
  }

  private static LabeledCase labeled(Path root, Path file) {
    Path relative = root.relativize(file);
    return LabeledCase.of(
        relative.toString().replace('\\', '/'),
        relative.getName(0).toString(),
        relative.getName(1).toString(),
        AnalyzeCommand.read(file));
  }
}
