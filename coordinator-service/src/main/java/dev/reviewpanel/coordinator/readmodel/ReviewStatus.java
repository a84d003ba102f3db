package dev.reviewpanel.coordinator.readmodel;

/** Where a review stands, as the API reports it. */
public enum ReviewStatus {
  PENDING,
  RUNNING,
  COMPLETE,
  PARTIAL,
  FAILED
}
