package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.validation.Rejection;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * Reviews enqueued by other services on {@code review-requests}. Runs inside the container's Kafka
 * transaction, so the plan it publishes and the consumed offset commit together.
 */
@Component
class ReviewRequestListener {

  private static final Logger log = LoggerFactory.getLogger(ReviewRequestListener.class);

  private final ReviewIntake intake;
  private final RequestOutcomes outcomes;
  private final DeadLetterPublishingRecoverer deadLetters;

  ReviewRequestListener(
      ReviewIntake intake, RequestOutcomes outcomes, DeadLetterPublishingRecoverer deadLetters) {
    this.intake = intake;
    this.outcomes = outcomes;
    this.deadLetters = deadLetters;
  }

  @KafkaListener(
      id = "coordinator-intake",
      idIsGroup = false,
      groupId = IntakeKafkaConfiguration.GROUP_ID,
      topics = Topics.REVIEW_REQUESTS,
      containerFactory = "intakeContainerFactory")
  void onRequest(ConsumerRecord<String, ReviewRequest> record) {
    try {
      if (record.value() == null) {
        outcomes.rejected();
        throw new ReviewRejectedException(Rejection.MALFORMED_REQUEST, "the record has no value");
      }
      intake.submit(record.value(), record.key());
    } catch (ReviewRejectedException e) {
      log.info("Dead-lettering request at offset {}: {}", record.offset(), e.reason());
      // within this listener's transaction: the dead letter and the offset commit together
      deadLetters.accept(record, e);
    }
  }
}
