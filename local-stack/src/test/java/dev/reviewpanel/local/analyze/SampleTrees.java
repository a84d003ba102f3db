package dev.reviewpanel.local.analyze;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies fixture trees from the test classpath and runs the analyze command on them. */
public final class SampleTrees {

  private SampleTrees() {}

  public static Path resource(String name) {
    try {
      return Path.of(SampleTrees.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void copy(String name, Path target) throws IOException {
    Path source = resource(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run analyze(Path workingDirectory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AnalyzeCommand.parse(args, workingDirectory).run(print(out), print(err), Progress.silent());
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
