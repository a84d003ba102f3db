package dev.reviewpanel.gateway.intake;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Enqueues review requests on {@code review-requests}, keyed by their idempotency key: the
 * coordinator makes one review per key, however often a push is sent.
 */
@Component
class RequestPublisher {

  private static final long TIMEOUT_SECONDS = 30;

  private final KafkaTemplate<String, byte[]> template;

  RequestPublisher(KafkaTemplate<String, byte[]> gatewayKafkaTemplate) {
    this.template = gatewayKafkaTemplate;
  }

  void publish(ReviewRequest request) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.REVIEW_REQUESTS,
            request.idempotencyKey(),
            EventJson.mapper().writeValueAsBytes(request));
    try {
      template.send(record).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while enqueueing a review", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not take the review request: " + e, e);
    }
  }
}
