package dev.reviewpanel.gateway.scm;

import java.time.Duration;

/**
 * The provider could not serve a call now: rate limited, a 5xx, or unreachable. The job is retried
 * later, after {@link #retryAfter()} when the provider said how long to wait.
 */
public class ProviderUnavailableException extends RuntimeException {

  private final transient Duration retryAfter;

  public ProviderUnavailableException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked us to wait, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
