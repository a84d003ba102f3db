package dev.reviewpanel.local.submit;

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
    Duration timeout) {

  static final String USAGE =
      "usage: review-panel submit PATH... | --diff FILE | --git BASE..HEAD [--url URL] [--api-key KEY]"
          + " [--agents a,b] [--format json|markdown|sarif] [--output FILE]"
          + " [--fail-on request-changes|reject|never] [--timeout 5m]";

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
    List<String> words = split(args);
    for (int i = 0; i < words.size(); i++) {
      String arg = words.get(i);
      switch (arg) {
        case "--diff" -> diff = Path.of(value(words, ++i, arg));
        case "--git" -> git = value(words, ++i, arg);
        case "--url" -> url = value(words, ++i, arg);
        case "--api-key" -> apiKey = value(words, ++i, arg);
        case "--agents" -> agents = List.of(value(words, ++i, arg).split(","));
        case "--format" -> format = format(value(words, ++i, arg));
        case "--output", "-o" -> output = Path.of(value(words, ++i, arg));
        case "--fail-on" -> failOn = failOn(value(words, ++i, arg));
        case "--timeout" -> timeout = duration(value(words, ++i, arg));
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
        timeout);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  // "--format=sarif" and "--format sarif" mean the same
  private static List<String> split(String[] args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        words.add(arg.substring(0, equals));
        words.add(arg.substring(equals + 1));
      } else {
        words.add(arg);
      }
    }
    return words;
  }

  private static String value(List<String> words, int index, String option) {
    if (index >= words.size()) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return words.get(index);
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
