package dev.reviewpanel.coordinator.validation;

import dev.reviewpanel.events.ReviewRequest;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Review ids. An idempotency key maps to a name-based UUID, so every replica derives the same id
 * for the same key without sharing state.
 */
public final class ReviewIds {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ReviewIds() {}

  public static boolean isUuid(String value) {
    return value != null && UUID_TEXT.matcher(value).matches();
  }

  public static String forIdempotencyKey(String key) {
    return ReviewRequest.reviewIdFor(key);
  }

  /**
   * The id of a valid request: derived from its idempotency key, else its own reviewId, else
   * derived from the record key (a UUID key is the id, any other key an idempotency key), else new.
   *
   * @throws ReviewRejectedException when the reviewId contradicts the idempotency key
   */
  public static String resolve(String reviewId, String idempotencyKey, String recordKey) {
    String own = reviewId == null ? null : reviewId.toLowerCase(Locale.ROOT);
    if (idempotencyKey != null) {
      String derived = forIdempotencyKey(idempotencyKey);
      if (own != null && !own.equals(derived)) {
        throw new ReviewRejectedException(
            Rejection.INVALID_REVIEW_ID,
            "reviewId " + own + " contradicts the idempotencyKey, which maps to " + derived,
            "reviewId");
      }
      return derived;
    }
    if (own != null) {
      return own;
    }
    if (recordKey != null && !recordKey.isBlank()) {
      return isUuid(recordKey) ? recordKey.toLowerCase(Locale.ROOT) : forIdempotencyKey(recordKey);
    }
    return UUID.randomUUID().toString();
  }
}
