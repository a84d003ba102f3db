package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewEvent;

/** Receives a review's events live, in order, after a replay of its past ones. */
public interface EventSubscriber {

  void onEvent(ReviewEvent event);
}
