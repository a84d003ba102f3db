package dev.reviewpanel.coordinator.intake;

import java.time.Instant;

/**
 * What became of a request that passed validation.
 *
 * @param duplicate true when the review was already known and nothing new was published
 */
record IntakeResult(String reviewId, boolean duplicate, Instant submittedAt, int tasks) {}
