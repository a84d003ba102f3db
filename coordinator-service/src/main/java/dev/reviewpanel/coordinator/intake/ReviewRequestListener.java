package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Plans what arrives on {@code review-requests}, from other services and from this service's own
 * REST API alike: one Kafka transaction per poll carries every plan, task, event and dead letter of
 * the batch together with the consumed offsets. If it aborts, the batch is read again.
 */
@Component
class ReviewRequestListener {

  private static final Logger log = LoggerFactory.getLogger(ReviewRequestListener.class);
  private static final long MAX_BACKOFF_MS = 2_000;

  private final RequestPlanning planning;
  private final PlannedReviews index;
  private final KafkaTemplate<String, Object> template;
  private final RequestOutcomes outcomes;
  private final IntakePause pause;
  private final Clock clock;
  private long backoffMs;

  ReviewRequestListener(
      RequestPlanning planning,
      PlannedReviews index,
      KafkaTemplate<String, Object> template,
      RequestOutcomes outcomes,
      IntakePause pause,
      Clock clock) {
    this.planning = planning;
    this.index = index;
    this.template = template;
    this.outcomes = outcomes;
    this.pause = pause;
    this.clock = clock;
  }

  @KafkaListener(
      id = IntakeKafkaConfiguration.LISTENER_ID,
      idIsGroup = false,
      groupId = IntakeKafkaConfiguration.GROUP_ID,
      topics = Topics.REVIEW_REQUESTS,
      containerFactory = "intakeContainerFactory",
      batch = "true")
  void onRequests(List<ConsumerRecord<String, ReviewRequest>> records, Consumer<?, ?> consumer) {
    IntakeBatch batch = new IntakeBatch();
    try {
      template.executeInTransaction(
          operations -> {
            records.forEach(record -> planning.take(record, batch, index, operations));
            operations.sendOffsetsToTransaction(
                IntakeBatch.nextOffsets(records), consumer.groupMetadata());
            return null;
          });
    } catch (RuntimeException e) {
      rewind(records, consumer, e);
      return;
    }
    backoffMs = 0;
    batch.committed(index, outcomes, clock.millis());
    pause.afterBatch();
  }

  // nothing of the batch was published: read it again, after a growing pause
  private void rewind(
      List<ConsumerRecord<String, ReviewRequest>> records, Consumer<?, ?> consumer, Exception e) {
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs == 0 ? 100 : backoffMs * 2);
    log.warn(
        "Planning {} requests failed and was rolled back; reading them again in {} ms: {}",
        records.size(),
        backoffMs,
        e.toString());
    Map<TopicPartition, Long> first = IntakeBatch.firstOffsets(records);
    first.forEach(
        (partition, offset) -> {
          if (consumer.assignment().contains(partition)) {
            consumer.seek(partition, offset);
          }
        });
    try {
      // on the consumer thread, far below max.poll.interval.ms: the broker is struggling anyway
      Thread.sleep(backoffMs);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
