package dev.reviewpanel.worker.analysis;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.worker.analysis.Analysis.Problem;
import dev.reviewpanel.worker.analysis.Analysis.Skipped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a set of analyzers over files: each file is parsed once and given to every analyzer that
 * understands its language. An analyzer that throws, or a file that does not parse, is recorded as
 * a {@link Problem} and never stops the other analyzers or files. The time budget is checked
 * between files and between analyzers; whatever it cuts off is listed as {@link Skipped}. Only a
 * {@link TransientAnalysisException} escapes, so the caller can retry the whole task. Usable
 * without Kafka or Spring.
 */
public final class AnalysisEngine {

  private static final Logger log = LoggerFactory.getLogger(AnalysisEngine.class);

  private final String agent;
  private final List<Analyzer> analyzers;
  private final Clock clock;

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers) {
    this(agent, analyzers, Clock.systemUTC());
  }

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers, Clock clock) {
    this.agent = agent;
    this.analyzers = List.copyOf(analyzers);
    this.clock = clock;
  }

  public String agent() {
    return agent;
  }

  public List<Analyzer> analyzers() {
    return analyzers;
  }

  /** Analyzes {@code files}, starting no new file or analyzer once {@code budget} has passed. */
  public Analysis analyze(List<ReviewTask.File> files, Duration budget) {
    return analyze(files, clock.instant().plus(budget));
  }

  /** Analyzes {@code files}, starting no new file or analyzer at or after {@code stopAt}. */
  public Analysis analyze(List<ReviewTask.File> files, Instant stopAt) {
    Instant started = clock.instant();
    List<Finding> findings = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int analyzedFiles = 0;
    int lines = 0;
    int suppressed = 0;
    for (ReviewTask.File file : files) {
      Optional<Language> language =
          file.path() == null ? Optional.empty() : Language.of(file.language(), file.path());
      List<Analyzer> applicable = language.map(this::applicableTo).orElse(List.of());
      if (applicable.isEmpty()) {
        skipped.add(new Skipped(file.path(), Skipped.Reason.UNSUPPORTED_LANGUAGE, List.of()));
        continue;
      }
      if (!clock.instant().isBefore(stopAt)) {
        skipped.add(new Skipped(file.path(), Skipped.Reason.BUDGET_EXHAUSTED, names(applicable)));
        continue;
      }
      ParsedFile parsed = new ParsedFile(sourceOf(file, language.get()));
      parse(parsed, problems);
      Findings collector = new Findings(agent, parsed);
      List<String> notRun = new ArrayList<>();
      for (Analyzer analyzer : applicable) {
        if (!notRun.isEmpty() || !clock.instant().isBefore(stopAt)) {
          notRun.add(analyzer.name());
        } else {
          run(analyzer, parsed, collector, problems);
        }
      }
      if (!notRun.isEmpty()) {
        skipped.add(new Skipped(file.path(), Skipped.Reason.BUDGET_EXHAUSTED, notRun));
      }
      analyzedFiles++;
      lines += parsed.lineCount();
      findings.addAll(collector.toList());
      suppressed += collector.suppressedOffDiff();
    }
    Duration took = Duration.between(started, clock.instant());
    return new Analysis(findings, analyzedFiles, lines, took, problems, skipped, suppressed);
  }

  private List<Analyzer> applicableTo(Language language) {
    return analyzers.stream().filter(a -> a.languages().contains(language)).toList();
  }

  private static SourceFile sourceOf(ReviewTask.File file, Language language) {
    String content = file.content() == null ? "" : file.content();
    return new SourceFile(file.path(), language, content, file.changedLines());
  }

  // Parsing up front records a broken file once, instead of once per analyzer that asks for it.
  private static void parse(ParsedFile parsed, List<Problem> problems) {
    try {
      if (parsed.language() == Language.JAVA) {
        if (parsed.java().isEmpty()) {
          problems.add(problem(Problem.PARSER, parsed.path(), parsed.javaProblem()));
        }
      } else if (parsed.syntaxTree().root().hasError()) {
        problems.add(problem(Problem.PARSER, parsed.path(), "syntax errors, the tree is partial"));
      }
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // LinkageError: a grammar's native library missing on this platform fails the file only.
      problems.add(problem(Problem.PARSER, parsed.path(), describe(e)));
    }
  }

  private static void run(
      Analyzer analyzer, ParsedFile parsed, Findings collector, List<Problem> problems) {
    try {
      analyzer.analyze(parsed, collector);
    } catch (TransientAnalysisException e) {
      throw e;
    } catch (Exception | StackOverflowError | LinkageError e) {
      // StackOverflowError: pathological nesting breaks one recursive analyzer, not the task.
      // Redacted: analyzers put offending code in their messages, and logs outlive reviews.
      log.warn(
          "Analyzer {} failed on {}: {}",
          analyzer.name(),
          parsed.path(),
          SecretRedactor.redact(describe(e)));
      log.debug("Analyzer {} failure", analyzer.name(), SecretRedactor.redacted(e));
      problems.add(problem(analyzer.name(), parsed.path(), describe(e)));
    }
  }

  private static Problem problem(String analyzer, String path, String error) {
    return new Problem(analyzer, path, SecretRedactor.redact(error));
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static List<String> names(List<Analyzer> analyzers) {
    return analyzers.stream().map(Analyzer::name).toList();
  }
}
