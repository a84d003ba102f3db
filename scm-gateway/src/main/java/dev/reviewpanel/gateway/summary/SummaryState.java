package dev.reviewpanel.gateway.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the gateway remembers about a pull request, kept hidden in its summary comment so every
 * replica (and a restarted one) reads it from the provider, the one place users also change.
 *
 * @param reviewedSha the commit the summary's findings are about, or null before the first report
 * @param open findings of the last report by fingerprint, each with a one-line label
 * @param resolved findings that were open and are gone, by fingerprint, with their label
 * @param pendingSha the commit last sent for review
 * @param notReviewed the changed files of {@code pendingSha} the review did not get
 */
public record SummaryState(
    String reviewedSha,
    Map<String, String> open,
    Map<String, String> resolved,
    String pendingSha,
    List<NotReviewed> notReviewed) {

  public static final SummaryState EMPTY =
      new SummaryState(null, Map.of(), Map.of(), null, List.of());

  public SummaryState {
    open = open == null ? Map.of() : new LinkedHashMap<>(open);
    resolved = resolved == null ? Map.of() : new LinkedHashMap<>(resolved);
    notReviewed = notReviewed == null ? List.of() : List.copyOf(notReviewed);
  }

  public SummaryState pending(String sha, List<NotReviewed> files) {
    return new SummaryState(reviewedSha, open, resolved, sha, files);
  }

  /** The files left out of the review of {@code sha}, or null when unknown. */
  public List<NotReviewed> notReviewedFor(String sha) {
    return sha != null && sha.equals(pendingSha) ? notReviewed : null;
  }
}
