package dev.reviewpanel.coordinator.readmodel;

/** Hears of every change to any review's summary, for the board's live list. */
public interface ReviewWatcher {

  /** Called under the store's lock: queue the summary, never block. */
  void onChange(ReviewSummary summary);
}
