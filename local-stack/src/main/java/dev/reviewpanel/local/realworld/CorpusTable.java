package dev.reviewpanel.local.realworld;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.local.analyze.FileRun;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The corpus part of the report: per project and language, files, lines, seconds, findings per
 * 1,000 lines by severity and the top rules; then the top rules overall and the slowest files.
 */
final class CorpusTable {

  private static final int TOP_RULES_PER_ROW = 3;
  private static final int TOP_RULES = 15;
  private static final int SLOWEST_FILES = 10;

  private CorpusTable() {}

  /** Files, lines, time and findings of one slice of the corpus. */
  static final class Slice {
    int files;
    long lines;
    Duration took = Duration.ZERO;
    final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    final Map<String, Integer> byRule = new TreeMap<>();

    void add(FileRun file) {
      files++;
      lines += file.lines();
      took = took.plus(file.took());
    }

    void add(Finding finding) {
      bySeverity.merge(finding.severity(), 1, Integer::sum);
      byRule.merge(finding.ruleId(), 1, Integer::sum);
    }

    int count(Severity severity) {
      return bySeverity.getOrDefault(severity, 0);
    }

    double perKiloLine(int count) {
      return lines == 0 ? 0 : count * 1000.0 / lines;
    }

    String topRules(int limit) {
      return byRule.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(limit)
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "));
    }
  }

  static void print(PrintStream out, List<ProjectRun> runs) {
    out.printf(
        Locale.ROOT,
        "%-20s %-11s %6s %9s %8s %7s %7s %7s %7s %7s  %s%n",
        "project",
        "language",
        "files",
        "lines",
        "seconds",
        "crit/kl",
        "high/kl",
        "med/kl",
        "low/kl",
        "info/kl",
        "top rules");
    Slice all = new Slice();
    for (ProjectRun run : runs) {
      Map<String, Slice> byLanguage = new TreeMap<>();
      for (FileRun file : run.files()) {
        byLanguage.computeIfAbsent(file.language(), l -> new Slice()).add(file);
        all.add(file);
      }
      for (Finding finding : run.findings()) {
        String language = ProjectRun.languageOf(finding.location().path());
        byLanguage.computeIfAbsent(language, l -> new Slice()).add(finding);
        all.add(finding);
      }
      byLanguage.forEach(
          (language, slice) -> row(out, run.project().name(), language, slice, slice.took));
      if (byLanguage.size() > 1) {
        Slice total = new Slice();
        run.files().forEach(total::add);
        run.findings().forEach(total::add);
        row(out, run.project().name(), "all", total, run.elapsed());
      }
    }
    Duration elapsed = runs.stream().map(ProjectRun::elapsed).reduce(Duration.ZERO, Duration::plus);
    row(out, "corpus", "all", all, elapsed);
    out.println("(seconds: per language, the time spent on its files; per project, wall clock)");
    out.println();
    printTopRules(out, all);
    printSlowest(out, runs);
  }

  private static void row(PrintStream out, String project, String language, Slice s, Duration t) {
    out.printf(
        Locale.ROOT,
        "%-20s %-11s %6d %,9d %8.1f %7.2f %7.2f %7.2f %7.2f %7.2f  %s%n",
        project,
        language,
        s.files,
        s.lines,
        t.toMillis() / 1000.0,
        s.perKiloLine(s.count(Severity.CRITICAL)),
        s.perKiloLine(s.count(Severity.HIGH)),
        s.perKiloLine(s.count(Severity.MEDIUM)),
        s.perKiloLine(s.count(Severity.LOW)),
        s.perKiloLine(s.count(Severity.INFO)),
        s.topRules(TOP_RULES_PER_ROW));
  }

  private static void printTopRules(PrintStream out, Slice all) {
    out.println("Top rules over the corpus (findings of every severity):");
    all.byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP_RULES)
        .forEach(e -> out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey()));
    out.println();
  }

  private static void printSlowest(PrintStream out, List<ProjectRun> runs) {
    Map<String, FileRun> files = new LinkedHashMap<>();
    runs.forEach(run -> run.files().forEach(f -> files.put(f.path(), f)));
    out.println("Slowest files (seconds, lines):");
    files.values().stream()
        .sorted(Comparator.comparing(FileRun::took).reversed())
        .limit(SLOWEST_FILES)
        .forEach(
            f ->
                out.printf(
                    Locale.ROOT,
                    "  %7.1f  %,9d  %s%n",
                    f.took().toMillis() / 1000.0,
                    f.lines(),
                    f.path()));
    out.println();
  }
}
