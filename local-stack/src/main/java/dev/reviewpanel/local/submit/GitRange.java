package dev.reviewpanel.local.submit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What {@code git} says about a range of commits in the working directory's repository. */
final class GitRange {

  private final Path directory;
  private final String base;
  private final String head;

  GitRange(Path directory, String range) {
    this.directory = directory;
    int dots = range.indexOf("..");
    this.base = range.substring(0, dots);
    String rest = range.substring(dots + 2);
    this.head = rest.startsWith(".") ? rest.substring(1) : rest.isEmpty() ? "HEAD" : rest;
  }

  /** The unified diff from base to head, renames detected. */
  String diff() {
    return git("diff", "--no-color", "--no-ext-diff", "-M", base, head, "--");
  }

  /** The commit head names. */
  String headCommit() {
    return git("rev-parse", "--verify", head + "^{commit}").strip();
  }

  /** The file at head, or empty when it does not exist there. */
  Optional<String> fileAtHead(String path) {
    try {
      return Optional.of(git("show", head + ":" + path));
    } catch (IllegalArgumentException missing) {
      return Optional.empty();
    }
  }

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalArgumentException(
            "git " + String.join(" ", args) + " failed: " + err.strip());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot run git (is it installed?): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running git", e);
    }
  }
}
