package dev.reviewpanel.events;

/**
 * Why a finding is reported but not counted: it stays in JSON and SARIF, out of the decision.
 *
 * @param kind where the suppression comes from
 * @param justification the reason given, e.g. the text of an inline {@code review-panel-ignore}
 *     comment, or the baseline file it was accepted in
 */
public record Suppression(Kind kind, String justification) {

  /** Where a suppression comes from (SARIF: {@code IN_SOURCE} is inSource, others external). */
  public enum Kind {
    /** An inline comment in the code under review, with its reason. */
    IN_SOURCE,
    /** An accepted finding of the repository's baseline file. */
    BASELINE,
    /** The repository configuration (a rule or path switched off for this finding). */
    CONFIG
  }
}
