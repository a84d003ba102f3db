package dev.reviewpanel.local.submit;

import dev.reviewpanel.local.CommandWords;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options of {@code review-panel submit}.
 *
 * @param paths files and directories to send whole (no {@code --diff}, no {@code --git})
 * @param diff a unified diff file: its files, limited to their added lines
 * @param gitRange {@code BASE..HEAD}: the files that range changes, as at HEAD, with its diff
 * @param format the report written to {@code output} or standard output, null for the summary only
 * @param timeout how long to wait for the report
 * @param config the repository configuration to send, null for {@code .review-panel.yml} of the
 *     working directory when there is one
 * @param baseline the baseline to send, null for {@code .review-panel-baseline.json} likewise
 */
record SubmitOptions(
    List<Path> paths,
    Path diff,
    String gitRange,
    String url,
    String apiKey,
    List<String> agents,
    String format,
    Path output,
    FailOn failOn,
    Duration timeout,
    Path config,
    Path baseline) {

  static final String USAGE =
      "usage: review-panel submit PATH... | --diff FILE | --git BASE..HEAD [--url URL] [--api-key KEY]"
          + " [--agents a,b] [--format json|markdown|sarif] [--output FILE]"
          + " [--fail-on request-changes|reject|never] [--timeout 5m] [--config FILE]"
          + " [--baseline FILE]";

  /** When the exit code is 1. */
  enum FailOn {
    REQUEST_CHANGES,
    REJECT,
    NEVER
  }

  static SubmitOptions parse(String[] args, Map<String, String> environment) {
    List<Path> paths = new ArrayList<>();
    Path diff = null;
    String git = null;
    String url = environment.getOrDefault("REVIEW_PANEL_URL", "http://127.0.0.1:8080");
    String apiKey = environment.get("REVIEW_PANEL_API_KEY");
    List<String> agents = null;
    String format = null;
    Path output = null;
    FailOn failOn = FailOn.REQUEST_CHANGES;
    Duration timeout = Duration.ofMinutes(5);
    Path config = null;
    Path baseline = null;
    List<String> words = CommandWords.split(args);
    for (int i = 0; i < words.size(); i++) {
      String arg = words.get(i);
      switch (arg) {
        case "--diff" -> diff = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--git" -> git = CommandWords.value(words, ++i, arg, USAGE);
        case "--url" -> url = CommandWords.value(words, ++i, arg, USAGE);
        case "--api-key" -> apiKey = CommandWords.value(words, ++i, arg, USAGE);
        case "--agents" -> agents = List.of(CommandWords.value(words, ++i, arg, USAGE).split(","));
        case "--format" -> format = format(CommandWords.value(words, ++i, arg, USAGE));
        case "--output", "-o" -> output = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--fail-on" -> failOn = failOn(CommandWords.value(words, ++i, arg, USAGE));
        case "--timeout" -> timeout = duration(CommandWords.value(words, ++i, arg, USAGE));
        case "--config" -> config = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--baseline" -> baseline = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + arg + "'\n" + USAGE);
          }
          paths.add(Path.of(arg));
        }
      }
    }
    int sources = (paths.isEmpty() ? 0 : 1) + (diff == null ? 0 : 1) + (git == null ? 0 : 1);
    if (sources != 1) {
      throw new IllegalArgumentException(
          "give PATH..., --diff FILE or --git BASE..HEAD (one of them)\n" + USAGE);
    }
    if (git != null && !git.contains("..")) {
      throw new IllegalArgumentException("--git takes a range BASE..HEAD, not '" + git + "'");
    }
    if (output != null && format == null) {
      format =
          output.toString().endsWith(".sarif")
              ? "sarif"
              : output.toString().endsWith(".md") ? "markdown" : "json";
    }
    url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new SubmitOptions(
        paths,
        diff,
        git,
        url,
        blank(apiKey) ? null : apiKey,
        agents,
        format,
        output,
        failOn,
        timeout,
        config,
        baseline);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String format(String name) {
    String format = name.strip().toLowerCase(Locale.ROOT);
    if (format.equals("md")) {
      return "markdown";
    }
    if (!List.of("json", "markdown", "sarif").contains(format)) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (one of json, markdown, sarif)");
    }
    return format;
  }

  private static FailOn failOn(String name) {
    try {
      return FailOn.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown --fail-on '" + name + "' (one of request-changes, reject, never)");
    }
  }

  // "90s", "5m", "1h" or ISO-8601 ("PT5M")
  private static Duration duration(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("pt")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      long amount = Long.parseLong(value.replaceAll("[a-z]+$", ""));
      return switch (value.replaceAll("^[0-9]+", "")) {
        case "ms" -> Duration.ofMillis(amount);
        case "s", "" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> throw new NumberFormatException(value);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--timeout takes a duration such as 90s, 5m or PT5M, not '" + text + "'");
    }
  }
}
