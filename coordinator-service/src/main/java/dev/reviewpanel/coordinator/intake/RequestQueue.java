package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Enqueues validated submissions on {@code review-requests}, keyed by their final review id, so
 * every submission of one review lands on one partition and is planned by one consumer at a time.
 * The send waits for the broker (acks=all) but never longer than the configured bounds.
 */
@Component
class RequestQueue implements DisposableBean {

  private final DefaultKafkaProducerFactory<String, byte[]> producers;
  private final KafkaTemplate<String, byte[]> template;
  private final long timeoutMillis;

  RequestQueue(
      KafkaProperties kafka,
      IntakeProperties intake,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) intake.maxBlock().toMillis());
    int delivery = (int) intake.sendTimeout().toMillis();
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, delivery);
    String clientId = kafka.getClientId() == null ? "coordinator" : kafka.getClientId();
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-requests");
    producers =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new ByteArraySerializer());
    // Boot's customizers bind the producer's client metrics to Micrometer
    customizers.orderedStream().forEach(customizer -> customizer.customize(producers));
    template = new KafkaTemplate<>(producers);
    timeoutMillis = intake.sendTimeout().toMillis() + intake.maxBlock().toMillis();
  }

  /**
   * Enqueues {@code request}, whose reviewId is final, stamped with when it was submitted.
   *
   * @throws KafkaException when the broker did not take it in time: nothing was enqueued
   */
  void enqueue(ReviewRequest request, Instant submittedAt) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.REVIEW_REQUESTS,
            null,
            submittedAt.toEpochMilli(),
            request.reviewId(),
            EventJson.mapper().writeValueAsBytes(request));
    try {
      template.send(record).get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while enqueuing review " + request.reviewId(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException("could not enqueue review " + request.reviewId(), e);
    } catch (org.springframework.kafka.KafkaException e) {
      throw new KafkaException("could not enqueue review " + request.reviewId(), e);
    }
  }

  @Override
  public void destroy() {
    producers.destroy();
  }
}
