package dev.reviewpanel.gateway.scm;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a provider wants us to wait: {@code Retry-After} (seconds or an HTTP date), else
 * the reset time of an exhausted quota ({@code X-RateLimit-Reset} on GitHub, {@code
 * RateLimit-Reset} on GitLab, both epoch seconds).
 */
final class RateLimitSignals {

  private RateLimitSignals() {}

  /** True when a 403 is a rate limit rather than a missing permission. */
  static boolean limited(HttpHeaders headers, String body) {
    return headers.firstValue("retry-after").isPresent()
        || headers.firstValue("x-ratelimit-remaining").filter("0"::equals).isPresent()
        || headers.firstValue("ratelimit-remaining").filter("0"::equals).isPresent()
        || (body != null && body.toLowerCase(java.util.Locale.ROOT).contains("rate limit"));
  }

  static Duration retryAfter(HttpHeaders headers, Clock clock) {
    Optional<String> retryAfter = headers.firstValue("retry-after");
    if (retryAfter.isPresent()) {
      Duration wait = parseRetryAfter(retryAfter.get().strip(), clock);
      if (wait != null) {
        return wait;
      }
    }
    Optional<String> reset =
        headers.firstValue("x-ratelimit-reset").or(() -> headers.firstValue("ratelimit-reset"));
    if (reset.isPresent()) {
      try {
        Instant at = Instant.ofEpochSecond(Long.parseLong(reset.get().strip()));
        return positive(Duration.between(clock.instant(), at));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Duration parseRetryAfter(String value, Clock clock) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return positive(Duration.between(clock.instant(), at));
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
