package dev.reviewpanel.events;

import java.util.List;

/**
 * A file of a review, or part of one, that was not analyzed, and why. Every such file is listed:
 * nothing is skipped silently.
 *
 * @param path the file's path as submitted
 * @param reason why it was not analyzed
 * @param detail a human-readable explanation, e.g. {@code "parse error at line 12: ..."} or {@code
 *     "average line length 2,400 characters"}
 * @param line the line concerned (a parse error, an over-long line), or null
 * @param agent the agent that could not analyze it, or null when no agent got it (intake, planning)
 * @param partial true when the file was analyzed in part (e.g. up to a parse error, or by some
 *     analyzers before the time budget ran out); false when nothing of it was analyzed
 * @param agents in a report, every agent that could not analyze it (entries are merged by path and
 *     reason); empty when no agent got the file
 */
public record NotAnalyzed(
    String path,
    Reason reason,
    String detail,
    Integer line,
    String agent,
    boolean partial,
    List<String> agents) {

  public NotAnalyzed {
    agents = agents == null ? (agent == null ? List.of() : List.of(agent)) : List.copyOf(agents);
  }

  /** One agent's (or, with {@code agent} null, the intake's) entry. */
  public NotAnalyzed(
      String path, Reason reason, String detail, Integer line, String agent, boolean partial) {
    this(path, reason, detail, line, agent, partial, null);
  }

  /** A file no agent was given, with why; {@code agent} null, nothing analyzed. */
  public static NotAnalyzed atIntake(String path, Reason reason, String detail, Integer line) {
    return new NotAnalyzed(path, reason, detail, line, null, false);
  }

  /** Why a file was not analyzed. */
  public enum Reason {
    /** No analyzer reads this kind of file (an image, a lock file, an unknown extension). */
    UNSUPPORTED_TYPE,
    /** Third-party code kept in the repository ({@code vendor/}, {@code node_modules/}, ...). */
    VENDORED,
    /** Minified or bundled code, or a source map. */
    MINIFIED,
    /** Generated code ({@code @Generated}, "Code generated ... DO NOT EDIT", ...). */
    GENERATED,
    /** Excluded by the repository's configuration or the request. */
    EXCLUDED,
    /** The file does not parse; {@code line} says where. */
    PARSE_ERROR,
    /** The task's time budget ran out before the file, or some analyzers, were done. */
    TIME_BUDGET,
    /** A line is longer than the configured limit. */
    LINE_TOO_LONG,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** The content is binary or not valid UTF-8. */
    BINARY,
    /** An analyzer failed on this file; the other analyzers' findings are kept. */
    ANALYZER_FAILED
  }
}
