package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.gateway.scm.ProviderUnavailableException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.SingleRecordHeader;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;

/**
 * The retry machinery with two additions to every forwarded job: the reason it failed, readable by
 * {@code review-panel dlt list}, and, when the provider said how long to wait ({@code Retry-After},
 * a rate limit's reset time), that wait instead of the topic's own back-off.
 */
class RetryHeaders extends RetryTopicComponentFactory {

  private final Duration maxRetryAfter;
  private final Clock clock;

  RetryHeaders(Duration maxRetryAfter, Clock clock) {
    this.maxRetryAfter = maxRetryAfter;
    this.clock = clock;
  }

  @Override
  public DeadLetterPublishingRecovererFactory deadLetterPublishingRecovererFactory(
      DestinationTopicResolver destinationTopicResolver) {
    DeadLetterPublishingRecovererFactory factory =
        super.deadLetterPublishingRecovererFactory(destinationTopicResolver);
    factory.setHeadersFunction((record, error) -> headers(error));
    return factory;
  }

  Headers headers(Exception error) {
    Headers headers = new RecordHeaders();
    Throwable cause = cause(error);
    headers.add(
        new SingleRecordHeader(
            JobTopics.REASON_HEADER, reason(cause).getBytes(StandardCharsets.UTF_8)));
    if (cause instanceof ProviderUnavailableException unavailable
        && unavailable.retryAfter() != null) {
      Duration wait =
          unavailable.retryAfter().compareTo(maxRetryAfter) > 0
              ? maxRetryAfter
              : unavailable.retryAfter();
      long due = clock.millis() + wait.toMillis();
      headers.add(
          new SingleRecordHeader(
              RetryTopicHeaders.DEFAULT_HEADER_BACKOFF_TIMESTAMP,
              BigInteger.valueOf(due).toByteArray()));
    }
    return headers;
  }

  // the listener's exception arrives wrapped by the container
  private static Throwable cause(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null
        && current.getClass().getName().startsWith("org.springframework.kafka")) {
      current = current.getCause();
    }
    return current;
  }

  private static String reason(Throwable cause) {
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
