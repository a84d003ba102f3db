package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Sorts the files a review needs work on into those some agent will analyze and those none will,
 * with why: a problem found at intake (an over-long line...), a file too large for a task record,
 * or a type no requested agent reads.
 */
final class FileTriage {

  /** The files for the agents, their encoded sizes, and the files listed instead. */
  record Sorted(
      List<ReviewTask.File> files,
      Map<ReviewTask.File, Long> sizes,
      List<NotAnalyzed> notAnalyzed) {}

  private FileTriage() {}

  static Sorted sort(
      List<ReviewTask.File> inScope,
      List<NotAnalyzed> atIntake,
      List<AgentRegistry.RegisteredAgent> agents,
      boolean agentsRequested,
      long recordBudget,
      ToLongFunction<ReviewTask.File> encodedSize) {
    Map<String, NotAnalyzed> problems = new HashMap<>();
    atIntake.forEach(problem -> problems.putIfAbsent(problem.path(), problem));
    List<ReviewTask.File> files = new ArrayList<>();
    Map<ReviewTask.File, Long> sizes = new IdentityHashMap<>();
    List<NotAnalyzed> notAnalyzed = new ArrayList<>();
    for (ReviewTask.File file : inScope) {
      NotAnalyzed problem = problems.get(file.path());
      if (problem != null) {
        notAnalyzed.add(problem);
        continue;
      }
      if (agents.stream().noneMatch(agent -> agent.supports(file.language()))) {
        notAnalyzed.add(unsupported(file, agentsRequested));
        continue;
      }
      long size = encodedSize.applyAsLong(file);
      if (size > recordBudget) {
        notAnalyzed.add(
            NotAnalyzed.atIntake(
                file.path(),
                NotAnalyzed.Reason.TOO_LARGE,
                size
                    + " bytes once encoded, more than a task record may carry ("
                    + recordBudget
                    + ")",
                null));
        continue;
      }
      sizes.put(file, size);
      files.add(file);
    }
    return new Sorted(files, sizes, notAnalyzed);
  }

  private static NotAnalyzed unsupported(ReviewTask.File file, boolean agentsRequested) {
    String who = agentsRequested ? "no requested agent" : "no agent";
    String what = file.language() == null ? type(file.path()) : file.language() + " files";
    return NotAnalyzed.atIntake(
        file.path(), NotAnalyzed.Reason.UNSUPPORTED_TYPE, who + " reads " + what, null);
  }

  // "'.jsp' files", or "files without an extension"
  private static String type(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0
        ? "files without an extension"
        : "'" + name.substring(dot).toLowerCase(Locale.ROOT) + "' files";
  }
}
