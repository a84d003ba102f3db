package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import java.util.Optional;

/**
 * Tells the reports of reviews the gateway asked for from everyone else's, without any state: the
 * gateway's requests carry the idempotency key {@code <provider>:<repo>:<pr>:<sha>}, whose review
 * id the coordinator derives by a fixed rule, and the report carries repo, pr and sha back.
 */
final class ReportOwnership {

  private ReportOwnership() {}

  static Optional<Provider> providerOf(ReviewReport report) {
    return providerOf(report.reviewId(), report.source());
  }

  /** As {@link #providerOf(ReviewReport)}, from a report's review id and source alone. */
  static Optional<Provider> providerOf(String reviewId, SourceRef source) {
    if (source == null
        || reviewId == null
        || source.repository() == null
        || source.pullRequest() == null
        || source.commit() == null) {
      return Optional.empty();
    }
    for (Provider provider : Provider.values()) {
      String key =
          new PullRequest(provider, source.repository(), source.pullRequest())
              .idempotencyKey(source.commit());
      if (ReviewRequest.reviewIdFor(key).equals(reviewId)) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }
}
