package dev.reviewpanel.local.load;

import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A record on {@code review-requests} keyed by the review id, as another service would send. */
final class KafkaSubmitter implements Submitter {

  private final KafkaProducer<byte[], byte[]> producer;
  private final ReviewShapes shape;

  KafkaSubmitter(String bootstrapServers, ReviewShapes shape) {
    this.shape = shape;
    this.producer = KafkaFloor.producer(bootstrapServers);
  }

  @Override
  public void submit(String reviewId, long index, long intendedMillis, StepTally tally) {
    long started = System.nanoTime();
    tally.sent.increment();
    producer.send(
        new ProducerRecord<>(
            Topics.REVIEW_REQUESTS,
            reviewId.getBytes(StandardCharsets.UTF_8),
            shape.json(reviewId, index)),
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
