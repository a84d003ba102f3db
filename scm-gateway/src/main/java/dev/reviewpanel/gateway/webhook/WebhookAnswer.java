package dev.reviewpanel.gateway.webhook;

/**
 * The body of every webhook answer.
 *
 * @param outcome enqueued, ignored, unauthorized, replayed, invalid, too_large, unavailable
 * @param reviewId the review a push will get, for enqueued deliveries
 */
public record WebhookAnswer(
    String outcome, String message, String reviewId, String idempotencyKey) {

  static WebhookAnswer of(String outcome, String message) {
    return new WebhookAnswer(outcome, message, null, null);
  }
}
