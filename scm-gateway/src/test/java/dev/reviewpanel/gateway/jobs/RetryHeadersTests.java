package dev.reviewpanel.gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.gateway.scm.ProviderRejectedException;
import dev.reviewpanel.gateway.scm.ProviderUnavailableException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;

class RetryHeadersTests {

  private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
  private final RetryHeaders headers =
      new RetryHeaders(Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldWaitAsLongAsTheProviderSaidUpToTheCap() {
    Headers soon =
        headers.headers(
            wrapped(new ProviderUnavailableException("limited", Duration.ofSeconds(90), null)));
    Headers late =
        headers.headers(
            wrapped(new ProviderUnavailableException("limited", Duration.ofHours(2), null)));

    assertThat(due(soon)).isEqualTo(NOW.plusSeconds(90));
    assertThat(due(late)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(reason(soon)).isEqualTo("limited");
  }

  @Test
  void shouldKeepTheTopicsBackOffWhenTheProviderSaidNothingAndAlwaysGiveTheReason() {
    Headers unavailable =
        headers.headers(wrapped(new ProviderUnavailableException("502 to GET /x", null, null)));
    Headers refused =
        headers.headers(wrapped(new ProviderRejectedException(403, "GitHub answered 403\nmore")));

    assertThat(unavailable.lastHeader(RetryTopicHeaders.DEFAULT_HEADER_BACKOFF_TIMESTAMP)).isNull();
    assertThat(reason(unavailable)).isEqualTo("502 to GET /x");
    assertThat(reason(refused)).isEqualTo("GitHub answered 403");
  }

  private static Exception wrapped(RuntimeException cause) {
    return new ListenerExecutionFailedException("listener failed", cause);
  }

  private static Instant due(Headers headers) {
    byte[] value = headers.lastHeader(RetryTopicHeaders.DEFAULT_HEADER_BACKOFF_TIMESTAMP).value();
    return Instant.ofEpochMilli(new BigInteger(value).longValue());
  }

  private static String reason(Headers headers) {
    return new String(headers.lastHeader(JobTopics.REASON_HEADER).value(), StandardCharsets.UTF_8);
  }
}
