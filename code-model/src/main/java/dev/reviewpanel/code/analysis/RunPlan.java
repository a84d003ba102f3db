package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Skipped;
import dev.reviewpanel.code.analysis.AnalysisRun.Target;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.code.scope.ExcludedCode;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one agent's files into an {@link AnalysisRun}: each file with the analyzers for its
 * language, and the files left out before any analyzer sees them (vendored, minified, generated),
 * with why.
 */
final class RunPlan {

  private final String agent;
  private final Function<Language, List<Analyzer>> analyzersFor;
  private final boolean excludeVendored;
  private final ReviewPolicy policy;
  private final ParseCache parses;
  private final List<Skipped> skipped = new ArrayList<>();

  RunPlan(
      String agent,
      Function<Language, List<Analyzer>> analyzersFor,
      boolean excludeVendored,
      ReviewPolicy policy,
      ParseCache parses) {
    this.agent = agent;
    this.parses = parses;
    this.analyzersFor = analyzersFor;
    this.excludeVendored = excludeVendored;
    this.policy = policy;
  }

  AnalysisRun files(List<ReviewTask.File> files) {
    List<Target> targets = new ArrayList<>(files.size());
    List<NotAnalyzed> excluded = new ArrayList<>();
    List<TaskFile> opens = new ArrayList<>(files.size());
    for (ReviewTask.File file : files) {
      Optional<Language> language =
          file.path() == null ? Optional.empty() : Language.of(file.language(), file.path());
      // a file no analyzer reads is judged by its path alone: its content may be anything
      Optional<NotAnalyzed> exclusion =
          excluded(file.path(), language.isPresent() ? file.content() : null);
      if (exclusion.isPresent()) {
        excluded.add(exclusion.get());
      } else if (language.isPresent()) {
        Language known = language.get();
        TaskFile opened = new TaskFile(parses, sourceOf(file, known));
        opens.add(opened);
        targets.add(new Target(file.path(), opened, analyzersFor.apply(known), known));
      } else {
        targets.add(new Target(file.path(), null, List.of(), null));
      }
    }
    AnalysisRun run = new AnalysisRun(agent, targets, excluded, skipped);
    opens.forEach(opened -> opened.within(run.scope()));
    return run;
  }

  AnalysisRun parsed(List<ParsedFile> files) {
    return parsed(files, null);
  }

  /** The run of parsed {@code files}; {@code scope} null: these files alone are the review. */
  AnalysisRun parsed(List<ParsedFile> files, ReviewScope scope) {
    List<Target> targets = new ArrayList<>(files.size());
    List<NotAnalyzed> excluded = new ArrayList<>();
    for (ParsedFile file : files) {
      Optional<NotAnalyzed> exclusion = excluded(file.path(), file.content());
      if (exclusion.isPresent()) {
        excluded.add(exclusion.get());
      } else {
        targets.add(
            new Target(
                file.path(), () -> file, analyzersFor.apply(file.language()), file.language()));
      }
    }
    return scope == null
        ? new AnalysisRun(agent, targets, excluded, skipped)
        : new AnalysisRun(agent, targets, excluded, skipped, scope);
  }

  private Optional<NotAnalyzed> excluded(String path, String content) {
    Optional<String> byRepository = policy.config().paths().exclusion(path);
    if (byRepository.isPresent()) {
      skipped.add(new Skipped(path, Skipped.Reason.EXCLUDED, List.of()));
      return Optional.of(
          new NotAnalyzed(
              path, NotAnalyzed.Reason.EXCLUDED, byRepository.get(), null, agent, false));
    }
    if (!excludeVendored) {
      return Optional.empty();
    }
    return ExcludedCode.of(path, content).map(e -> e.notAnalyzed(path, agent));
  }

  private static SourceFile sourceOf(ReviewTask.File file, Language language) {
    String content = file.content() == null ? "" : file.content();
    return new SourceFile(file.path(), language, content, file.changedLines());
  }
}
