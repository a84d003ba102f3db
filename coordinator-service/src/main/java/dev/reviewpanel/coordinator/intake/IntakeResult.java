package dev.reviewpanel.coordinator.intake;

import java.time.Instant;

/**
 * What became of a submission that passed validation.
 *
 * @param duplicate true when the review was already known here and nothing new was enqueued
 */
record IntakeResult(String reviewId, boolean duplicate, Instant submittedAt) {}
