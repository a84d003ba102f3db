package dev.reviewpanel.local.analyze;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code review-panel evaluate [DIR]}: runs every agent over the labeled corpus and prints TP, FP,
 * FN, TN, precision, recall, FPR and TPR − FPR per category, per language, and per both. A positive
 * case counts as found when a finding of its category lands on a marked line; a negative case as a
 * false alarm when any finding of its category lands anywhere in it.
 */
public final class EvaluateCommand {

  static final Path DEFAULT_CORPUS = Path.of("evaluation", "cases");

  private final Path corpus;

  EvaluateCommand(Path corpus) {
    this.corpus = corpus;
  }

  public static EvaluateCommand parse(String[] args) {
    if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
      throw new IllegalArgumentException("usage: review-panel evaluate [DIR]");
    }
    return new EvaluateCommand(args.length == 1 ? Path.of(args[0]) : DEFAULT_CORPUS);
  }

  public int run(PrintStream out, PrintStream err) {
    List<LabeledCase> cases = CorpusReader.read(corpus);
    if (cases.isEmpty()) {
      err.println("review-panel: no labeled cases under " + corpus);
      return 0;
    }
    Evaluation evaluation = evaluate(cases, Progress.onTerminal(err), err);
    out.printf("%d labeled cases under %s%n%n", cases.size(), corpus);
    ScoreTable.print(out, "category", evaluation.byCategory(), evaluation.total());
    ScoreTable.print(out, "language", evaluation.byLanguage(), evaluation.total());
    ScoreTable.print(out, "language/category", evaluation.byBoth(), evaluation.total());
    if (!evaluation.misses().isEmpty()) {
      out.println("misclassified cases:");
      evaluation.misses().forEach(miss -> out.println("  " + miss));
    }
    return 0;
  }

  /** Tallies of a corpus run, and one line per misclassified case for whoever tunes a rule. */
  record Evaluation(
      Map<String, Tally> byCategory,
      Map<String, Tally> byLanguage,
      Map<String, Tally> byBoth,
      Tally total,
      List<String> misses) {}

  static Evaluation evaluate(List<LabeledCase> cases, Progress progress, PrintStream err) {
    List<Supplier<ReviewTask.File>> files = new ArrayList<>();
    for (LabeledCase labeled : cases) {
      ReviewTask.File file =
          new ReviewTask.File(labeled.path(), labeled.language(), labeled.content(), null);
      files.add(() -> file);
    }
    AgentEngines engines = AgentEngines.load(AgentEngines.ALL);
    OfflineAnalysis.Result result = new OfflineAnalysis(engines).run(files, progress);
    // a case an analyzer crashed on scores as a miss: say why, for whoever tunes the rule
    AnalyzeCommand.warnAboutProblems(result, err);
    return score(cases, result.findings());
  }

  /** Scores {@code findings} against the labels of {@code cases}. */
  static Evaluation score(List<LabeledCase> cases, List<Finding> findings) {
    Map<String, List<Finding>> byPath = new HashMap<>();
    findings.forEach(
        f -> byPath.computeIfAbsent(f.location().path(), p -> new ArrayList<>()).add(f));
    Map<String, Tally> byCategory = new TreeMap<>();
    Map<String, Tally> byLanguage = new TreeMap<>();
    Map<String, Tally> byBoth = new TreeMap<>();
    Tally total = new Tally();
    List<String> misses = new ArrayList<>();
    for (LabeledCase labeled : cases) {
      List<Finding> ofCategory =
          byPath.getOrDefault(labeled.path(), List.of()).stream()
              .filter(f -> LabeledCase.categoryOf(f.ruleId()).equals(labeled.category()))
              .toList();
      boolean flagged =
          labeled.positive()
              ? hitsMarkedLine(ofCategory, labeled.expectedLines())
              : !ofCategory.isEmpty();
      for (Tally tally :
          List.of(
              byCategory.computeIfAbsent(labeled.category(), c -> new Tally()),
              byLanguage.computeIfAbsent(labeled.language(), l -> new Tally()),
              byBoth.computeIfAbsent(
                  labeled.language() + "/" + labeled.category(), k -> new Tally()),
              total)) {
        tally.add(labeled.positive(), flagged);
      }
      if (labeled.positive() != flagged) {
        misses.add((labeled.positive() ? "FN " : "FP ") + labeled.path() + describe(ofCategory));
      }
    }
    return new Evaluation(byCategory, byLanguage, byBoth, total, misses);
  }

  private static boolean hitsMarkedLine(List<Finding> findings, Set<Integer> lines) {
    return findings.stream().anyMatch(f -> lines.contains(f.location().startLine()));
  }

  private static String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (reported on line");
    findings.forEach(f -> text.append(' ').append(f.location().startLine()));
    return text.append(')').toString();
  }
}
