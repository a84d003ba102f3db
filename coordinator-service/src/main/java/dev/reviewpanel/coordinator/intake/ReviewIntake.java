package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.backpressure.Backlog;
import dev.reviewpanel.coordinator.planning.PlannedReview;
import dev.reviewpanel.coordinator.planning.ReviewPlanner;
import dev.reviewpanel.coordinator.readmodel.ReviewStore;
import dev.reviewpanel.coordinator.validation.RequestValidator;
import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.coordinator.validation.ReviewRejectedException;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes a review submitted over REST: validate, settle its id, answer a repeat seen here as a
 * duplicate, check that it can be planned, and enqueue it on {@code review-requests}, where the
 * replica owning its partition plans it once. Nothing is enqueued for a rejected request.
 */
@Service
class ReviewIntake {

  private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);

  private final RequestValidator validator;
  private final ReviewPlanner planner;
  private final RequestQueue queue;
  private final ReviewStore store;
  private final Backlog backlog;
  private final RequestOutcomes outcomes;
  private final Clock clock;

  ReviewIntake(
      RequestValidator validator,
      ReviewPlanner planner,
      RequestQueue queue,
      ReviewStore store,
      Backlog backlog,
      RequestOutcomes outcomes,
      Clock clock) {
    this.validator = validator;
    this.planner = planner;
    this.queue = queue;
    this.store = store;
    this.backlog = backlog;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * @throws ReviewRejectedException when the request is invalid
   */
  IntakeResult submit(ReviewRequest request) {
    String reviewId;
    ReviewRequest identified;
    PlannedReview planned;
    Instant now = clock.instant();
    try {
      List<NotAnalyzed> notAnalyzed = validator.validate(request);
      reviewId = ReviewIds.resolve(request.reviewId(), request.idempotencyKey(), null);
      identified = RequestPlanning.withId(request, reviewId);
      // planned here only to refuse at once what planning would refuse later (e.g. a huge file)
      planned = planner.plan(identified, notAnalyzed, now);
    } catch (ReviewRejectedException e) {
      outcomes.rejected();
      throw e;
    }
    if (!store.claim(reviewId, now, request.source())) {
      outcomes.duplicate();
      log.info("Review {} is already known; not enqueued again", reviewId);
      return new IntakeResult(reviewId, true, now);
    }
    backlog.enqueued(reviewId, planned.lines());
    try {
      queue.enqueue(identified, now);
    } catch (RuntimeException e) {
      store.forget(reviewId);
      backlog.withdrawn(reviewId);
      throw e;
    }
    log.debug("Review {} enqueued", reviewId);
    return new IntakeResult(reviewId, false, now);
  }
}
