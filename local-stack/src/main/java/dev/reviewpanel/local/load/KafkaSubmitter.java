package dev.reviewpanel.local.load;

import dev.reviewpanel.events.Topics;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A record on {@code review-requests} keyed by the review id, as another service would send. */
final class KafkaSubmitter implements Submitter {

  private final KafkaProducer<String, byte[]> producer;
  private final ReviewShapes shape;

  KafkaSubmitter(String bootstrapServers, ReviewShapes shape) {
    this.shape = shape;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                4 * 1024 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG,
                "load-driver"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @Override
  public void submit(String reviewId, long index, long intendedMillis, StepTally tally) {
    long started = System.nanoTime();
    tally.sent.increment();
    producer.send(
        new ProducerRecord<>(Topics.REVIEW_REQUESTS, reviewId, shape.json(reviewId, index)),
        (metadata, error) -> {
          if (error == null) {
            tally.accepted(reviewId, intendedMillis, (System.nanoTime() - started) / 1e6);
          } else {
            tally.error(error.getClass().getSimpleName());
          }
        });
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public void close() {
    producer.close();
  }
}
