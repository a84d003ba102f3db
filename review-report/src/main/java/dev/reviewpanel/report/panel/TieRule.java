package dev.reviewpanel.report.panel;

/**
 * Whose report stands when agents report one root cause with the same weighted evidence but differ
 * on severity or confidence. The score is the same either way; the rule decides which report the
 * panel credits and shows.
 */
public enum TieRule {
  /** The more severe report, then the more confident one. */
  STRICTER,
  /** The report of the agent with the larger weight for the finding's category. */
  EXPERT
}
