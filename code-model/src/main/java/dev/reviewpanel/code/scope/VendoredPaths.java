package dev.reviewpanel.code.scope;

import dev.reviewpanel.events.NotAnalyzed.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Third-party and build-output files told by their path: directories and file names. */
final class VendoredPaths {

  private static final Set<String> VENDOR_DIRS =
      Set.of(
          "vendor",
          "vendors",
          "third_party",
          "third-party",
          "thirdparty",
          "node_modules",
          "bower_components",
          "jspm_packages");
  // Build output; a source tree may have a package called build (com/acme/build/), so only
  // outside one.
  private static final Set<String> OUTPUT_DIRS = Set.of("dist", "build", "target");
  private static final Set<String> SOURCE_ROOTS = Set.of("src", "source", "sources", "java");

  /** A file-name rule and what it says when it matches. */
  private record NameRule(Pattern pattern, Reason reason, String detail) {}

  private static final List<NameRule> NAMES =
      List.of(
          rule("\\.map$", Reason.MINIFIED, "a source map"),
          rule("[.-]min\\.(?:js|mjs|cjs|css)$", Reason.MINIFIED, "a minified file name (*.min.js)"),
          rule(
              "(?:^|[.\\-_~])bundle\\.(?:js|mjs|cjs|css)$",
              Reason.MINIFIED,
              "a bundle file name (*.bundle.js)"),
          rule("\\.chunk\\.(?:js|mjs|cjs|css)$", Reason.MINIFIED, "a chunk file name (*.chunk.js)"),
          rule(
              "^chunk-[A-Za-z0-9_-]{6,}\\.(?:js|mjs)$",
              Reason.MINIFIED,
              "a chunk file name (chunk-HASH.js)"),
          rule(
              "^(?:vendors?|runtime|polyfills)~.*\\.(?:js|mjs|css)$",
              Reason.MINIFIED,
              "a bundler output name (vendors~main.js)"),
          rule(
              // hex with a letter and a digit: main.3f2a1b9c.js, not migration-20240101.js
              "[.-](?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,32}\\.(?:js|mjs|cjs|css)$",
              Reason.MINIFIED,
              "a content-hashed file name (name.HASH.js)"));

  private VendoredPaths() {}

  static Optional<Exclusion> match(String path) {
    if (path == null || path.isEmpty()) {
      return Optional.empty();
    }
    String[] segments = path.replace('\\', '/').split("/");
    boolean inSources = false;
    for (int i = 0; i < segments.length - 1; i++) {
      String dir = segments[i].toLowerCase(Locale.ROOT);
      if (VENDOR_DIRS.contains(dir)) {
        return Optional.of(
            new Exclusion(Reason.VENDORED, "in the vendored directory '" + dir + "/'", null));
      }
      if (!inSources && OUTPUT_DIRS.contains(dir)) {
        return Optional.of(
            new Exclusion(Reason.GENERATED, "in the build output directory '" + dir + "/'", null));
      }
      inSources |= SOURCE_ROOTS.contains(dir);
    }
    String name = segments[segments.length - 1].toLowerCase(Locale.ROOT);
    for (NameRule rule : NAMES) {
      if (rule.pattern().matcher(name).find()) {
        return Optional.of(new Exclusion(rule.reason(), rule.detail(), null));
      }
    }
    return Optional.empty();
  }

  private static NameRule rule(String regex, Reason reason, String detail) {
    return new NameRule(Pattern.compile(regex), reason, detail);
  }
}
