package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.planning.PlanPublisher;
import dev.reviewpanel.coordinator.planning.PlannedReview;
import dev.reviewpanel.coordinator.planning.ReviewPlanner;
import dev.reviewpanel.coordinator.readmodel.ReviewStore;
import dev.reviewpanel.coordinator.validation.RequestValidator;
import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.ReviewRequest;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes a review request from any channel: validate, settle its id, skip it if already known, plan
 * it and publish the plan. Nothing is published for a rejected request.
 */
@Service
class ReviewIntake {

  private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);

  private final RequestValidator validator;
  private final ReviewPlanner planner;
  private final PlanPublisher publisher;
  private final ReviewStore store;
  private final RequestOutcomes outcomes;
  private final Clock clock;

  ReviewIntake(
      RequestValidator validator,
      ReviewPlanner planner,
      PlanPublisher publisher,
      ReviewStore store,
      RequestOutcomes outcomes,
      Clock clock) {
    this.validator = validator;
    this.planner = planner;
    this.publisher = publisher;
    this.store = store;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * @param recordKey the Kafka record key, or null for REST
   * @throws ReviewRejectedException when the request is invalid
   */
  IntakeResult submit(ReviewRequest request, String recordKey) {
    String reviewId;
    try {
      validator.validate(request);
      reviewId = ReviewIds.resolve(request.reviewId(), request.idempotencyKey(), recordKey);
    } catch (ReviewRejectedException e) {
      outcomes.rejected();
      throw e;
    }
    Instant now = clock.instant();
    if (!store.claim(reviewId, now, request.source())) {
      outcomes.duplicate();
      log.info("Review {} is already known; not planned again", reviewId);
      return new IntakeResult(reviewId, true, now, 0);
    }
    PlannedReview planned;
    try {
      planned = planner.plan(withId(request, reviewId), now);
      publisher.publish(planned);
    } catch (ReviewRejectedException e) {
      store.forget(reviewId);
      outcomes.rejected();
      throw e;
    } catch (RuntimeException e) {
      store.forget(reviewId);
      throw e;
    }
    forgetOnRollback(reviewId);
    store.planned(reviewId, planned.tasksByAgent());
    outcomes.accepted();
    log.info("Review {} accepted with {} tasks", reviewId, planned.tasks().size());
    return new IntakeResult(reviewId, false, now, planned.tasks().size());
  }

  // in a listener's transaction the outputs may still roll back; then a redelivery must plan again
  private void forgetOnRollback(String reviewId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                store.forget(reviewId);
              }
            }
          });
    }
  }

  private static ReviewRequest withId(ReviewRequest request, String reviewId) {
    return request.withReviewId(reviewId);
  }
}
