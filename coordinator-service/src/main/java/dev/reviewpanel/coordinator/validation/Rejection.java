package dev.reviewpanel.coordinator.validation;

import java.util.Locale;

/** Why a review request was refused, with the HTTP status that says so. */
public enum Rejection {
  MALFORMED_REQUEST(400),
  NO_FILES(400),
  MISSING_CONTENT(400),
  INVALID_PATH(400),
  DUPLICATE_PATH(400),
  INVALID_AGENT(400),
  UNKNOWN_AGENT(400),
  INVALID_TIMEOUT(400),
  INVALID_REVIEW_ID(400),
  INVALID_IDEMPOTENCY_KEY(400),
  BINARY_CONTENT(400),
  INVALID_UTF8(400),
  LINE_TOO_LONG(400),
  INVALID_DIFF(400),
  INVALID_CONFIG(400),
  INVALID_BASELINE(400),
  TOO_MANY_FILES(413),
  FILE_TOO_LARGE(413),
  TOTAL_TOO_LARGE(413),
  BODY_TOO_LARGE(413),
  TASK_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415);

  private final int httpStatus;

  Rejection(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The machine-readable code in error bodies and dead-letter headers, e.g. {@code no_files}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
