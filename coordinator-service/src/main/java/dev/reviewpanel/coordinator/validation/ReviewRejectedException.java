package dev.reviewpanel.coordinator.validation;

/** A review request that must not be accepted; nothing has been enqueued for it. */
public class ReviewRejectedException extends RuntimeException {

  private final Rejection rejection;
  private final String field;

  public ReviewRejectedException(Rejection rejection, String message, String field) {
    super(message);
    this.rejection = rejection;
    this.field = field;
  }

  public ReviewRejectedException(Rejection rejection, String message) {
    this(rejection, message, null);
  }

  public Rejection rejection() {
    return rejection;
  }

  /**
   * The offending field such as {@code files[2].path}, or null when the whole request is at fault.
   */
  public String field() {
    return field;
  }

  /** One readable line for logs and dead-letter headers. */
  public String reason() {
    return rejection.code() + ": " + getMessage() + (field == null ? "" : " (" + field + ")");
  }
}
