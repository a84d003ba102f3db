package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.code.analysis.AnalysisRun.Target;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.TestCodePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The analysis thread's side of a run: file after file, analyzer after analyzer. */
final class FileAnalysis {

  private static final Logger log = LoggerFactory.getLogger(AnalysisEngine.class);

  private final String agent;
  private final Clock clock;
  private final Instant stopAt;
  private final ReviewPolicy policy;
  private final TestCodePolicy testCode;

  FileAnalysis(
      String agent, Clock clock, Instant stopAt, ReviewPolicy policy, TestCodePolicy testCode) {
    this.agent = agent;
    this.clock = clock;
    this.stopAt = stopAt;
    this.policy = policy;
    this.testCode = testCode;
  }

  void runAll(AnalysisRun run) {
    run.started();
    try {
      List<Target> targets = run.targets();
      for (int i = 0; i < targets.size(); i++) {
        if (!analyze(run, i, targets.get(i))) {
          return;
        }
      }
    } finally {
      run.releaseAll();
      run.finished();
    }
  }

  // False once the run was abandoned: nothing this thread does counts any more.
  private boolean analyze(AnalysisRun run, int index, Target target) {
    if (target.analyzers().isEmpty()) {
      run.fileSkipped(index, Skipped.Reason.UNSUPPORTED_LANGUAGE);
      return true;
    }
    if (!clock.instant().isBefore(stopAt)) {
      run.fileSkipped(index, Skipped.Reason.BUDGET_EXHAUSTED);
      return true;
    }
    ParsedFile file = target.open().get();
    Budget budget = new Budget(stopAt, clock);
    if (!run.begin(index, file, budget)) {
      return false;
    }
    file.budget(budget);
    file.scope(run.scope());
    try (Budget.Scope scope = Budget.enter(budget)) {
      parse(file, run);
      Findings collector = new Findings(agent, file, policy, testCode);
      List<String> notRun = new ArrayList<>();
      for (Analyzer analyzer : target.analyzers()) {
        if (!notRun.isEmpty() || !clock.instant().isBefore(stopAt)) {
          notRun.add(analyzer.name());
        } else if (runOne(analyzer, file, collector, run)) {
          run.completed(analyzer.name(), collector.toList(), collector.suppressedOffDiff());
        } else {
          notRun.add(analyzer.name());
        }
      }
      run.fileDone(file.lineCount(), notRun);
    } finally {
      if (file.budget() == budget) {
        file.budget(Budget.unlimited());
      }
      run.release(index);
    }
    return true;
  }

  // Parsing up front records a broken file once, instead of once per analyzer that asks for it.
  private static void parse(ParsedFile file, AnalysisRun run) {
    try {
      if (file.language() == Language.JAVA) {
        if (file.java().isEmpty()) {
          int line = file.javaProblemLine();
          run.problem(
              problem(Problem.PARSER, file.path(), file.javaProblem(), line > 0 ? line : null));
        }
      } else if (file.language().hasSyntaxTree() && file.syntaxTree().root().hasError()) {
        run.problem(
            problem(
                Problem.PARSER,
                file.path(),
                "syntax error, the tree is partial",
                file.syntaxTree().firstErrorLine()));
      }
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // LinkageError: a grammar's native library missing on this platform fails the file only.
      run.problem(problem(Problem.PARSER, file.path(), describe(e), null));
    }
  }

  /** Runs one analyzer; false when the budget stopped it before it finished. */
  private static boolean runOne(
      Analyzer analyzer, ParsedFile file, Findings collector, AnalysisRun run) {
    run.running(analyzer.name());
    try {
      analyzer.analyze(file, collector);
    } catch (BudgetExceededException e) {
      return false;
    } catch (TransientAnalysisException e) {
      throw e;
    } catch (Exception | StackOverflowError | LinkageError e) {
      // StackOverflowError: pathological nesting breaks one recursive analyzer, not the task.
      // Redacted: analyzers put offending code in their messages, and logs outlive reviews.
      log.warn(
          "Analyzer {} failed on {}: {}",
          analyzer.name(),
          file.path(),
          SecretRedactor.redact(describe(e)));
      log.debug("Analyzer {} failure", analyzer.name(), SecretRedactor.redacted(e));
      run.problem(problem(analyzer.name(), file.path(), describe(e), null));
    }
    return true;
  }

  private static Problem problem(String analyzer, String path, String error, Integer line) {
    return new Problem(analyzer, path, SecretRedactor.redact(error), line);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
