package dev.reviewpanel.local.analyze;

import dev.reviewpanel.code.scope.GlobRegex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code .gitignore} and {@code .reviewpanelignore} patterns of a scanned root, with git's
 * meaning: {@code *}, {@code ?}, {@code [..]}, {@code **}, a trailing {@code /} for directories
 * only, a leading or inner {@code /} anchoring to the root, {@code !} re-including, last match
 * wins. Build output, dependencies and VCS folders are always skipped.
 */
final class IgnoreRules {

  static final Set<String> ALWAYS_SKIPPED = Set.of(".git", "node_modules", "target", "build");
  static final List<String> FILES = List.of(".gitignore", ".reviewpanelignore");

  private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

  private final List<Rule> rules;

  private IgnoreRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static IgnoreRules none() {
    return new IgnoreRules(List.of());
  }

  /** The rules of the ignore files found directly in {@code root}. */
  static IgnoreRules of(Path root) {
    List<String> lines = new ArrayList<>();
    for (String name : FILES) {
      Path file = root.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return parse(lines);
  }

  static IgnoreRules parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated || line.startsWith("\\")) {
        line = line.substring(1);
      }
      boolean directoryOnly = line.endsWith("/");
      if (directoryOnly) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      // a slash anywhere but at the end ties the pattern to the root, else it matches any depth
      boolean anchored = line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      String regex = (anchored ? "" : "(?:.*/)?") + GlobRegex.of(line);
      rules.add(new Rule(Pattern.compile(regex), negated, directoryOnly));
    }
    return new IgnoreRules(rules);
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  /** True when {@code relativePath} (slash-separated, relative to the root) is ignored. */
  boolean ignores(String relativePath, boolean directory) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    if (directory && ALWAYS_SKIPPED.contains(name)) {
      return true;
    }
    return Boolean.TRUE.equals(verdict(relativePath, directory));
  }

  /** What the last matching pattern says about the path, or null when none matches. */
  Boolean verdict(String relativePath, boolean directory) {
    Boolean ignored = null;
    for (Rule rule : rules) {
      if (rule.directoryOnly() && !directory) {
        continue;
      }
      if (rule.pattern().matcher(relativePath).matches()) {
        ignored = !rule.negated();
      }
    }
    return ignored;
  }
}
