package dev.reviewpanel.report.risk;

import dev.reviewpanel.events.ReviewReport.Decision;

/**
 * The decision as bands of the risk score: APPROVE below {@code requestChangesAt}, REQUEST_CHANGES
 * from it, REJECT from {@code rejectAt}. A score exactly on an edge takes the stricter decision, so
 * the mapping never goes down as the score goes up.
 *
 * @param requestChangesAt the lowest score that requests changes, 1 to 99
 * @param rejectAt the lowest score that rejects, above {@code requestChangesAt}, at most 100
 */
public record RiskBands(int requestChangesAt, int rejectAt) {

  /** The default bands: 0-29 APPROVE, 30-69 REQUEST_CHANGES, 70-100 REJECT. */
  public static final RiskBands DEFAULT = new RiskBands(30, 70);

  public RiskBands {
    if (requestChangesAt < 1 || rejectAt > 100 || requestChangesAt >= rejectAt) {
      throw new IllegalArgumentException(
          "risk bands need 1 <= request-changes-at < reject-at <= 100, got "
              + requestChangesAt
              + " and "
              + rejectAt);
    }
  }

  public Decision decide(int score) {
    if (score >= rejectAt) {
      return Decision.REJECT;
    }
    return score >= requestChangesAt ? Decision.REQUEST_CHANGES : Decision.APPROVE;
  }

  /** The score range of {@code decision}, e.g. {@code "30-69"}. */
  public String range(Decision decision) {
    return switch (decision) {
      case APPROVE -> "0-" + (requestChangesAt - 1);
      case REQUEST_CHANGES -> requestChangesAt + "-" + (rejectAt - 1);
      case REJECT -> rejectAt + "-100";
    };
  }

  /** The stricter of two decisions. */
  public static Decision stricter(Decision a, Decision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
