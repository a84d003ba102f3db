package dev.reviewpanel.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's Maven modules as the architecture rules see them: their sources, the packages they
 * own, the {@code dev.reviewpanel} packages their code refers to, and their declared dependencies.
 * Modules are read from the root {@code pom.xml}, so a new module is checked without a change here.
 */
final class ProjectModules {

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern PACKAGE =
      Pattern.compile("(?m)^package (dev\\.reviewpanel\\.[a-z0-9]+)");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.reviewpanel\\.([a-z0-9]+)((?:\\.[A-Za-z0-9_]+)*)");

  private ProjectModules() {}

  /** One Maven module. */
  record Module(String name, Path dir) {

    List<Path> sources(String set) {
      Path root = dir.resolve("src").resolve(set).resolve("java");
      if (!Files.isDirectory(root)) {
        return List.of();
      }
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The top-level packages ({@code dev.reviewpanel.x}) its production code declares. */
    Set<String> ownPackages() {
      Set<String> own = new LinkedHashSet<>();
      for (Path source : sources("main")) {
        Matcher m = PACKAGE.matcher(read(source));
        if (m.find()) {
          own.add(m.group(1));
        }
      }
      return own;
    }

    /** A Spring Boot application: a deployable service, not a library. */
    boolean isService() {
      return sources("main").stream().anyMatch(s -> read(s).contains("@SpringBootApplication"));
    }

    String pom() {
      return read(dir.resolve("pom.xml"));
    }
  }

  /** A reference from code to a {@code dev.reviewpanel} package, with where it was found. */
  record Reference(Path source, String topPackage, String qualifiedName) {}

  static List<Module> all() {
    List<Module> modules = new ArrayList<>();
    Matcher m = MODULE.matcher(ProjectFiles.read("pom.xml"));
    while (m.find()) {
      modules.add(new Module(m.group(1).strip(), ProjectFiles.resolve(m.group(1).strip())));
    }
    return modules;
  }

  /** Every {@code dev.reviewpanel} name the code refers to (imports and qualified names). */
  static List<Reference> references(Path source) {
    String code = JavaText.codeOnly(read(source));
    List<Reference> found = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      int lineStart = code.lastIndexOf('\n', m.start()) + 1;
      if (!code.startsWith("package ", lineStart)) {
        found.add(new Reference(source, "dev.reviewpanel." + m.group(1), m.group()));
      }
    }
    return found;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
