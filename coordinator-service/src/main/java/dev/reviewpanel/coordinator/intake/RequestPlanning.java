package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.planning.PlanPublisher;
import dev.reviewpanel.coordinator.planning.PlannedReview;
import dev.reviewpanel.coordinator.planning.ReviewPlanner;
import dev.reviewpanel.coordinator.validation.Rejection;
import dev.reviewpanel.coordinator.validation.RequestValidator;
import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Plans one request read from {@code review-requests}, inside the batch's Kafka transaction: a
 * request on the partition of its review id is planned unless that id was planned already; one
 * keyed otherwise is first moved to that partition; an invalid one is dead-lettered.
 */
@Component
class RequestPlanning {

  private static final Logger log = LoggerFactory.getLogger(RequestPlanning.class);
  private static final LogAccessor LOG = new LogAccessor(RequestPlanning.class);

  private final RequestValidator validator;
  private final ReviewPlanner planner;
  private final PlanPublisher publisher;
  private final DeadLetterPublishingRecoverer deadLetters;
  private final Clock clock;

  RequestPlanning(
      RequestValidator validator,
      ReviewPlanner planner,
      PlanPublisher publisher,
      DeadLetterPublishingRecoverer requestDeadLetters,
      Clock clock) {
    this.validator = validator;
    this.planner = planner;
    this.publisher = publisher;
    this.deadLetters = requestDeadLetters;
    this.clock = clock;
  }

  void take(
      ConsumerRecord<String, ReviewRequest> record,
      IntakeBatch batch,
      PlannedReviews index,
      KafkaOperations<String, Object> operations) {
    try {
      ReviewRequest request = readable(record);
      List<NotAnalyzed> notAnalyzed = validator.validate(request);
      String key = record.key() == null || record.key().isBlank() ? null : record.key();
      String reviewId = ReviewIds.resolve(request.reviewId(), request.idempotencyKey(), key);
      boolean chosen =
          request.reviewId() != null || request.idempotencyKey() != null || key != null;
      if (chosen && !reviewId.equals(key)) {
        // its duplicates are recognised on the partition of its id only
        operations.send(
            new ProducerRecord<>(
                Topics.REVIEW_REQUESTS,
                null,
                record.timestamp(),
                reviewId,
                withId(request, reviewId)));
        return;
      }
      if (index.contains(record.partition(), reviewId)
          || batch.planned(record.partition(), reviewId)) {
        batch.duplicate();
        log.info("Review {} was planned already; not planned again", reviewId);
        return;
      }
      PlannedReview planned =
          planner.plan(withId(request, reviewId), notAnalyzed, submittedAt(record));
      publisher.publish(planned);
      batch.accepted(record.partition(), reviewId, clock.millis());
      log.debug("Review {} planned with {} tasks", reviewId, planned.tasks().size());
    } catch (ReviewRejectedException | DeserializationException e) {
      batch.rejected();
      log.info("Dead-lettering request at offset {}: {}", record.offset(), reason(e));
      deadLetters.accept(record, e);
    } catch (KafkaException | org.springframework.kafka.KafkaException e) {
      throw e; // the transaction aborts and the batch is read again
    } catch (RuntimeException e) {
      // planning the same request again would fail the same way: keep it for an operator
      batch.rejected();
      log.error(
          "Dead-lettering request at offset {} that could not be planned", record.offset(), e);
      deadLetters.accept(record, e);
    }
  }

  static ReviewRequest withId(ReviewRequest request, String reviewId) {
    return request.withReviewId(reviewId);
  }

  private static ReviewRequest readable(ConsumerRecord<String, ReviewRequest> record) {
    if (record.value() != null) {
      return record.value();
    }
    DeserializationException failure =
        SerializationUtils.getExceptionFromHeader(
            record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
    if (failure != null) {
      throw failure;
    }
    throw new ReviewRejectedException(Rejection.MALFORMED_REQUEST, "the record has no value");
  }

  // when it was enqueued: the deadline runs from there, however long it queued
  private Instant submittedAt(ConsumerRecord<?, ?> record) {
    Instant now = clock.instant();
    if (record.timestampType() == TimestampType.CREATE_TIME && record.timestamp() > 0) {
      Instant created = Instant.ofEpochMilli(record.timestamp());
      return created.isAfter(now) ? now : created;
    }
    return now;
  }

  private static String reason(RuntimeException e) {
    return e instanceof ReviewRejectedException rejected ? rejected.reason() : e.getMessage();
  }
}
