package dev.reviewpanel.local.realworld;

import dev.reviewpanel.code.analysis.Analysis;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.local.analyze.OfflineRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code review-panel evaluate --real-world}: fetches the real-world corpus when the cache lacks
 * it, analyzes each project offline exactly as {@code analyze} does, and prints the corpus figures,
 * the targets with PASS or FAIL against the committed triage, and recall on our own vulnerable
 * applications.
 */
public final class RealWorldCommand {

  /** Where the launcher says the project is; relative defaults resolve against it. */
  static final String HOME_PROPERTY = "review.panel.home";

  private final RealWorldOptions options;

  RealWorldCommand(RealWorldOptions options) {
    this.options = options;
  }

  /** True when the arguments of {@code evaluate} ask for the real-world yardstick. */
  public static boolean wanted(String[] args) {
    return RealWorldOptions.wanted(args);
  }

  public static RealWorldCommand parse(String[] args) {
    Path home = Path.of(System.getProperty(HOME_PROPERTY, "")).toAbsolutePath();
    return new RealWorldCommand(
        RealWorldOptions.parse(args, home, RealWorldOptions.defaultCache()));
  }

  public int run(PrintStream out, PrintStream err) {
    CorpusIndex index = CorpusFetch.ensure(options, err);
    List<CorpusIndex.Project> projects = index.select(options.projects());
    OfflineRun runner = OfflineRun.allAgents();
    Path root = options.cache().resolve("projects");
    List<ProjectRun> runs = new ArrayList<>();
    for (CorpusIndex.Project project : projects) {
      long start = System.nanoTime();
      OfflineRun.Outcome outcome = runner.analyze(root, List.of(Path.of(project.name())), err);
      runs.add(
          new ProjectRun(
              project,
              outcome.report(),
              outcome.files(),
              outcome.problems(),
              Duration.ofNanos(System.nanoTime() - start)));
    }
    out.printf("Real-world corpus: %d project(s) in %s%n%n", runs.size(), root);
    CorpusTable.print(out, runs);
    printNotAnalyzed(out, runs);
    List<Finding> mediumOrAbove = runs.stream().flatMap(r -> r.mediumOrAbove().stream()).toList();
    Set<String> names =
        projects.stream().map(CorpusIndex.Project::name).collect(Collectors.toSet());
    Triage triage = Triage.read(options.triage());
    TriageScore score = TriageScore.of(mediumOrAbove, triage, names);
    Optional<AppRecall> recall = recall(runner, err);
    List<ProjectRun> clean = runs.stream().filter(r -> r.project().clean()).toList();
    TargetTable.print(out, clean, score, recall, options.list());
    recall.ifPresent(r -> RecallTable.print(out, options.apps().toString(), r, options.list()));
    if (options.untriaged() != null) {
      Untriaged.write(options.untriaged(), score.untriaged());
      err.println(
          "review-panel: "
              + score.untriaged().size()
              + " untriaged finding(s) written to "
              + options.untriaged());
    }
    if (options.findings() != null) {
      Untriaged.write(options.findings(), mediumOrAbove, triage);
      err.println(
          "review-panel: "
              + mediumOrAbove.size()
              + " MEDIUM+ finding(s) with their verdicts written to "
              + options.findings());
    }
    return 0;
  }

  private Optional<AppRecall> recall(OfflineRun runner, PrintStream err) {
    Path apps = options.apps();
    List<String> names = apps(apps);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    AppRecall all = AppRecall.none();
    for (String app : names) {
      List<Finding> findings = runner.analyze(apps, List.of(Path.of(app)), err).report().findings();
      all = all.plus(AppRecall.score(VulnMarkers.of(apps, app), findings));
    }
    return Optional.of(all);
  }

  private static List<String> apps(Path apps) {
    if (!Files.isDirectory(apps)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(apps)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + apps, e);
    }
  }

  private void printNotAnalyzed(PrintStream out, List<ProjectRun> runs) {
    List<NotAnalyzed> all = runs.stream().flatMap(r -> r.report().notAnalyzed().stream()).toList();
    Map<String, Long> byReason = new TreeMap<>();
    all.forEach(n -> byReason.merge(String.valueOf(n.reason()), 1L, Long::sum));
    out.println("Files not analyzed, or only in part: " + all.size() + " " + byReason);
    listed(
        out,
        all.stream()
            .map(
                n ->
                    String.format(
                        "%-16s %s%s",
                        n.reason(), n.path(), n.detail() == null ? "" : "  (" + n.detail() + ")"))
            .toList());
    List<Analysis.Problem> problems = runs.stream().flatMap(r -> r.problems().stream()).toList();
    out.println("Analyzer problems (parse errors, failures, time budget): " + problems.size());
    listed(
        out,
        problems.stream()
            .map(p -> String.format("%-30s %s: %s", p.analyzer(), p.path(), p.error()))
            .toList());
  }

  private void listed(PrintStream out, List<String> lines) {
    lines.stream().limit(options.list()).forEach(line -> out.println("  " + line));
    if (lines.size() > options.list()) {
      out.println("  ... " + (lines.size() - options.list()) + " more (--list N shows more)");
    }
    out.println();
  }
}
