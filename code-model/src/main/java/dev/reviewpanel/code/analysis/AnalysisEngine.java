package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.code.analysis.AnalysisRun.Target;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.ReviewTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a set of analyzers over files: each file is parsed once and given to every analyzer that
 * understands its language. An analyzer that throws, or a file that does not parse, is recorded as
 * a {@link Problem} and never stops the other analyzers or files. The time budget is enforced three
 * ways: no file or analyzer starts once it has passed; a running analyzer is stopped at its next
 * {@link Budget#checkpoint()}; and one that never checks is abandoned on its thread shortly after
 * the deadline, so a runaway analyzer cannot hold a task. Whatever the budget cuts off is listed as
 * {@link Skipped}, with the findings of the analyzers that finished kept. Only a {@link
 * TransientAnalysisException} escapes, so the caller can retry the whole task. Usable without Kafka
 * or Spring.
 */
public final class AnalysisEngine {

  // How long past the deadline to wait for an analyzer that does not poll its budget.
  static final Duration ABANDON_GRACE = Duration.ofSeconds(2);

  private final String agent;
  private final List<Analyzer> analyzers;
  private final Map<Language, List<Analyzer>> byLanguage = new EnumMap<>(Language.class);
  private final Clock clock;
  private final Duration grace;
  private final ExecutorService threads;

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers) {
    this(agent, analyzers, Clock.systemUTC());
  }

  public AnalysisEngine(String agent, List<? extends Analyzer> analyzers, Clock clock) {
    this(agent, analyzers, clock, ABANDON_GRACE);
  }

  AnalysisEngine(String agent, List<? extends Analyzer> analyzers, Clock clock, Duration grace) {
    this.agent = agent;
    this.analyzers = List.copyOf(analyzers);
    this.clock = clock;
    this.grace = grace;
    this.threads = AnalysisThreads.forAgent(agent);
    for (Language language : Language.values()) {
      byLanguage.put(
          language, this.analyzers.stream().filter(a -> a.languages().contains(language)).toList());
    }
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
    return analyze(files, stopAt, ReviewPolicy.DEFAULT);
  }

  /**
   * Analyzes {@code files} under a repository's {@code policy}: files its paths leave out are
   * listed as excluded, and every finding is judged by it (rules switched off, severities,
   * suppressions, baseline). The one place every caller goes through: workers and offline alike.
   */
  public Analysis analyze(List<ReviewTask.File> files, Instant stopAt, ReviewPolicy policy) {
    List<Target> targets = new ArrayList<>(files.size());
    List<Skipped> excluded = new ArrayList<>();
    for (ReviewTask.File file : files) {
      Optional<String> exclusion = policy.config().paths().exclusion(file.path());
      if (exclusion.isPresent()) {
        excluded.add(new Skipped(file.path(), Skipped.Reason.EXCLUDED, List.of()));
        continue;
      }
      Optional<Language> language =
          file.path() == null ? Optional.empty() : Language.of(file.language(), file.path());
      targets.add(
          language
              .map(l -> new Target(file.path(), () -> new ParsedFile(sourceOf(file, l)), of(l)))
              .orElseGet(() -> new Target(file.path(), null, List.of())));
    }
    return run(new AnalysisRun(targets, excluded), stopAt, policy);
  }

  /**
   * Analyzes files parsed by the caller, for one process running several agents over the same
   * files: each file is parsed once whichever engine asks first, and its derived facts are shared.
   */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt) {
    return analyzeParsed(files, stopAt, ReviewPolicy.DEFAULT);
  }

  /** Analyzes files parsed by the caller under a repository's {@code policy}. */
  public Analysis analyzeParsed(List<ParsedFile> files, Instant stopAt, ReviewPolicy policy) {
    List<Skipped> excluded = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (ParsedFile file : files) {
      if (policy.config().paths().exclusion(file.path()).isPresent()) {
        excluded.add(new Skipped(file.path(), Skipped.Reason.EXCLUDED, List.of()));
      } else {
        targets.add(target(file));
      }
    }
    return run(new AnalysisRun(targets, excluded), stopAt, policy);
  }

  private Target target(ParsedFile file) {
    return new Target(file.path(), () -> file, of(file.language()));
  }

  private List<Analyzer> of(Language language) {
    return byLanguage.get(language);
  }

  private Analysis run(AnalysisRun run, Instant stopAt, ReviewPolicy policy) {
    Instant started = clock.instant();
    FileAnalysis analysis = new FileAnalysis(agent, clock, stopAt, policy);
    Future<?> work = threads.submit(() -> analysis.runAll(run));
    Duration wait = Duration.between(started, stopAt);
    wait = (wait.isNegative() ? Duration.ZERO : wait).plus(grace);
    try {
      work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.abandon();
      work.cancel(true);
    } catch (InterruptedException e) {
      run.abandon();
      work.cancel(true);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("analysis thread failed", e.getCause());
    }
    return run.result(Duration.between(started, clock.instant()));
  }

  private static SourceFile sourceOf(ReviewTask.File file, Language language) {
    String content = file.content() == null ? "" : file.content();
    return new SourceFile(file.path(), language, content, file.changedLines());
  }
}
