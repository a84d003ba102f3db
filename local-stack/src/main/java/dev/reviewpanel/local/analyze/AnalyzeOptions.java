package dev.reviewpanel.local.analyze;

import dev.reviewpanel.events.Severity;
import dev.reviewpanel.local.CommandWords;
import dev.reviewpanel.report.render.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options of {@code review-panel analyze}.
 *
 * @param diff a unified diff: only the files it touches, and only their added lines
 * @param wholeFile with a diff, keep findings anywhere in the touched files
 * @param output where the report goes, null for standard output
 * @param failOn exit 1 when a counted finding at least this severe exists; null: the
 *     configuration's {@code fail-on}, else never
 * @param config the repository configuration, null for {@code .review-panel.yml} at the root
 * @param baseline accepted findings, null for {@code .review-panel-baseline.json} at the root
 */
record AnalyzeOptions(
    List<Path> paths,
    List<String> agents,
    Path diff,
    boolean wholeFile,
    ReportFormat format,
    Path output,
    Severity failOn,
    Path config,
    Path baseline) {

  static final String USAGE =
      "usage: review-panel analyze PATH... [--agents security,bug,performance] [--diff FILE]"
          + " [--whole-file] [--format json|sarif|markdown] [--output FILE] [--fail-on SEVERITY]"
          + " [--config FILE] [--baseline FILE]";

  static AnalyzeOptions parse(String[] args) {
    List<Path> paths = new ArrayList<>();
    List<String> agents = AgentEngines.ALL;
    Path diff = null;
    boolean wholeFile = false;
    ReportFormat format = ReportFormat.JSON;
    Path output = null;
    Severity failOn = null;
    Path config = null;
    Path baseline = null;
    List<String> words = CommandWords.split(args);
    for (int i = 0; i < words.size(); i++) {
      String arg = words.get(i);
      switch (arg) {
        case "--agents" -> agents = agents(CommandWords.value(words, ++i, arg, USAGE));
        case "--diff" -> diff = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--whole-file" -> wholeFile = true;
        case "--format" -> format = ReportFormat.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--output", "-o" -> output = Path.of(CommandWords.value(words, ++i, arg, USAGE));
        case "--fail-on" -> failOn = severity(CommandWords.value(words, ++i, arg, USAGE));
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
    if (wholeFile && diff == null) {
      throw new IllegalArgumentException("--whole-file needs --diff\n" + USAGE);
    }
    if (paths.isEmpty()) {
      if (diff == null) {
        throw new IllegalArgumentException("no PATH to analyze\n" + USAGE);
      }
      paths.add(Path.of("."));
    }
    return new AnalyzeOptions(
        paths, agents, diff, wholeFile, format, output, failOn, config, baseline);
  }

  private static List<String> agents(String list) {
    Set<String> agents = new LinkedHashSet<>();
    for (String agent : list.split(",")) {
      String trimmed = agent.strip().toLowerCase(Locale.ROOT);
      if (!AgentEngines.PACKAGES.containsKey(trimmed)) {
        throw new IllegalArgumentException(
            "unknown agent '" + agent + "' (known: " + String.join(", ", AgentEngines.ALL) + ")");
      }
      agents.add(trimmed);
    }
    return List.copyOf(agents);
  }

  private static Severity severity(String name) {
    try {
      return Severity.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + name + "' (one of critical, high, medium, low, info)");
    }
  }
}
