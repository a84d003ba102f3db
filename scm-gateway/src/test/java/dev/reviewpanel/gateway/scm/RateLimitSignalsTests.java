package dev.reviewpanel.gateway.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitSignalsTests {

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void shouldReadRetryAfterInSecondsOrAsADate() {
    assertThat(RateLimitSignals.retryAfter(headers(Map.of("Retry-After", "42")), clock))
        .isEqualTo(Duration.ofSeconds(42));
    assertThat(
            RateLimitSignals.retryAfter(
                headers(Map.of("Retry-After", "Sat, 10 Jan 2026 10:01:30 GMT")), clock))
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void shouldWaitForAnExhaustedQuotaToReset() {
    long reset = Instant.parse("2026-01-10T10:05:00Z").getEpochSecond();
    HttpHeaders github =
        headers(Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", String.valueOf(reset)));
    HttpHeaders gitlab = headers(Map.of("RateLimit-Reset", String.valueOf(reset)));

    assertThat(RateLimitSignals.limited(github, "")).isTrue();
    assertThat(RateLimitSignals.retryAfter(github, clock)).isEqualTo(Duration.ofMinutes(5));
    assertThat(RateLimitSignals.retryAfter(gitlab, clock)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void shouldTellAMissingPermissionFromARateLimit() {
    HttpHeaders plain = headers(Map.of("X-RateLimit-Remaining", "4999"));

    assertThat(
            RateLimitSignals.limited(
                plain, "{\"message\":\"Resource not accessible by integration\"}"))
        .isFalse();
    assertThat(
            RateLimitSignals.limited(
                plain, "{\"message\":\"You have exceeded a secondary rate limit\"}"))
        .isTrue();
    assertThat(RateLimitSignals.retryAfter(plain, clock)).isNull();
  }

  private static HttpHeaders headers(Map<String, String> values) {
    java.util.Map<String, List<String>> map = new java.util.HashMap<>();
    values.forEach((k, v) -> map.put(k, List.of(v)));
    return HttpHeaders.of(map, (k, v) -> true);
  }
}
