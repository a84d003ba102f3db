package dev.reviewpanel.local.realworld;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure the cache holds the corpus: runs fetch.sh (beside the manifest) when asked to, when
 * there is no index yet, when the manifest changed since, or when a wanted project is missing.
 */
final class CorpusFetch {

  static final String SCRIPT = "fetch.sh";

  private CorpusFetch() {}

  /** The index of a cache that holds every wanted project, fetching first when needed. */
  static CorpusIndex ensure(RealWorldOptions options, PrintStream err) {
    Optional<CorpusIndex> index = CorpusIndex.read(options.cache());
    String reason = options.fetch() ? "--fetch given" : staleness(index, options);
    if (reason == null) {
      return index.orElseThrow();
    }
    run(options, reason, err);
    CorpusIndex fetched =
        CorpusIndex.read(options.cache())
            .orElseThrow(
                () -> new IllegalStateException(SCRIPT + " wrote no index in " + options.cache()));
    List<String> missing =
        fetched.select(options.projects()).stream()
            .filter(p -> !p.ready())
            .map(CorpusIndex.Project::name)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("not in the cache after " + SCRIPT + ": " + missing);
    }
    return fetched;
  }

  // null when the cache is usable as it is
  private static String staleness(Optional<CorpusIndex> index, RealWorldOptions options) {
    if (index.isEmpty()) {
      return "no corpus in " + options.cache() + " yet";
    }
    if (Files.isRegularFile(options.manifest())
        && index.get().manifestSha256() != null
        && !index.get().manifestSha256().equals(sha256(options.manifest()))) {
      return options.manifest() + " changed since the corpus was fetched";
    }
    try {
      boolean complete = index.get().select(options.projects()).stream().allMatch(p -> p.ready());
      return complete ? null : "projects missing from the cache";
    } catch (IllegalArgumentException unknownProject) {
      // the manifest may know it: fetch.sh says so clearly if it does not
      return "project not in the cached index";
    }
  }

  private static void run(RealWorldOptions options, String reason, PrintStream err) {
    Path script = options.manifest().resolveSibling(SCRIPT);
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("cannot fetch the corpus: no " + script);
    }
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of("--manifest", options.manifest().toString()));
    command.addAll(List.of("--cache", options.cache().toString()));
    options.projects().forEach(p -> command.addAll(List.of("--project", p)));
    err.println("review-panel: fetching the real-world corpus (" + reason + ")");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      try (BufferedReader output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        output.lines().forEach(err::println);
      }
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            SCRIPT + " failed (exit " + exit + "): see its errors above");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching the corpus", e);
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
