package dev.reviewpanel.gateway.scm;

import dev.reviewpanel.events.ReviewRequest;

/**
 * A commit pushed to a pull request that should be reviewed.
 *
 * @param headSha the commit to review
 * @param baseSha the target branch's commit, where the repository configuration is read; null when
 *     the webhook does not carry it (it is then read from the provider)
 * @param headRef the source branch
 * @param deliveryId the webhook delivery that announced the push
 */
public record Push(
    PullRequest pullRequest, String headSha, String baseSha, String headRef, String deliveryId) {

  public String idempotencyKey() {
    return pullRequest.idempotencyKey(headSha);
  }

  /** The id the coordinator gives the review of this push. */
  public String reviewId() {
    return ReviewRequest.reviewIdFor(idempotencyKey());
  }
}
