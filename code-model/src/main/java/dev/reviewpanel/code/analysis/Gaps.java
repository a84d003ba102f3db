package dev.reviewpanel.code.analysis;

import dev.reviewpanel.code.analysis.Analysis.Problem;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.NotAnalyzed.Reason;
import java.util.Locale;

/** The {@link NotAnalyzed} records of one agent's run: what was left out, and why, in words. */
final class Gaps {

  private final String agent;

  Gaps(String agent) {
    this.agent = agent;
  }

  NotAnalyzed of(Problem problem, Language language) {
    if (!Problem.PARSER.equals(problem.analyzer())) {
      return new NotAnalyzed(
          problem.path(),
          Reason.ANALYZER_FAILED,
          "analyzer " + problem.analyzer() + " failed: " + problem.error(),
          null,
          agent,
          true);
    }
    // a tree-sitter tree with errors is still analyzed; a Java file that does not parse is not
    boolean partial = language != Language.JAVA && problem.line() != null;
    return new NotAnalyzed(
        problem.path(),
        Reason.PARSE_ERROR,
        (problem.line() == null ? "" : "parse error at line " + problem.line() + ": ")
            + problem.error()
            + (partial ? "; the rest of the file was analyzed" : ""),
        problem.line(),
        agent,
        partial);
  }

  NotAnalyzed notStarted(AnalysisRun.Target target) {
    if (!target.analyzers().isEmpty()) {
      return timeBudget(
          target.path(), "the time budget ran out before the file was started", false);
    }
    String what =
        target.language() == null
            ? "no analyzer reads " + type(target.path())
            : "no " + agent + " analyzer reads " + target.language().id() + " files";
    return new NotAnalyzed(target.path(), Reason.UNSUPPORTED_TYPE, what, null, agent, false);
  }

  NotAnalyzed timeBudget(String path, String detail, boolean partial) {
    return new NotAnalyzed(path, Reason.TIME_BUDGET, detail, null, agent, partial);
  }

  // "'.jsp' files", or "files without an extension"
  private static String type(String path) {
    String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0
        ? "files without an extension"
        : "'" + name.substring(dot).toLowerCase(Locale.ROOT) + "' files";
  }
}
