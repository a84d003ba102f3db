package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The bounded in-memory read model of reviews: accepted locally, or seen on {@code review-events}
 * and {@code review-reports}. The oldest reviews are forgotten first.
 */
@Component
public class ReviewStore {

  private final int maxEvents;
  private final int maxReports;
  private final Map<String, ReviewState> reviews;
  // reviews holding a full report, oldest first; the rest keep only status and counts
  private final Set<String> withReport = new LinkedHashSet<>();
  private final Map<String, List<EventSubscriber>> subscribers = new HashMap<>();
  private final List<ReviewWatcher> watchers = new CopyOnWriteArrayList<>();

  public ReviewStore(ReadModelProperties properties) {
    this.maxEvents = properties.maxEventsPerReview();
    this.maxReports = properties.maxReportsInMemory();
    int max = properties.maxReviews();
    this.reviews =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ReviewState> eldest) {
            boolean full = size() > max;
            if (full) {
              withReport.remove(eldest.getKey());
            }
            return full;
          }
        };
  }

  /**
   * Records a review accepted here; false when it is a duplicate: accepted here before, or its
   * ACCEPTED, PLANNED or report was read. Worker events alone are not transactional, so they do not
   * make an id a duplicate.
   */
  public synchronized boolean claim(String reviewId, Instant submittedAt, SourceRef source) {
    ReviewState state = reviews.get(reviewId);
    if (state != null && state.accepted()) {
      return false;
    }
    state(reviewId, submittedAt).claimed(submittedAt, source);
    changed(reviewId);
    return true;
  }

  public synchronized void planned(String reviewId, Map<String, Integer> tasksByAgent) {
    ReviewState state = reviews.get(reviewId);
    if (state != null) {
      state.planned(tasksByAgent);
      changed(reviewId);
    }
  }

  /** Drops a claim whose publication failed, so a retry is not mistaken for a duplicate. */
  public synchronized void forget(String reviewId) {
    reviews.remove(reviewId);
    withReport.remove(reviewId);
  }

  public synchronized boolean contains(String reviewId) {
    return reviews.containsKey(reviewId);
  }

  public void apply(ReviewEvent event) {
    List<EventSubscriber> listening;
    synchronized (this) {
      ReviewState state = state(event.reviewId(), event.occurredAt());
      if (!state.apply(event)) {
        return;
      }
      // findings only move a count: the list hears of them with the next status change
      if (event.type() != ReviewEvent.Type.FINDING) {
        changed(event.reviewId());
      }
      listening = List.copyOf(subscribers.getOrDefault(event.reviewId(), List.of()));
    }
    // outside the lock: a slow client must not hold up the read model
    listening.forEach(subscriber -> subscriber.onEvent(event));
  }

  public synchronized void apply(ReviewReport report) {
    state(report.reviewId(), report.submittedAt()).report(report);
    withReport.remove(report.reviewId());
    withReport.add(report.reviewId());
    if (withReport.size() > maxReports) {
      String oldest = withReport.iterator().next();
      withReport.remove(oldest);
      reviews.get(oldest).evictReport();
    }
    changed(report.reviewId());
  }

  /** The newest reviews first, at most {@code limit}. */
  public synchronized List<ReviewSummary> recent(int limit) {
    List<ReviewState> states = new ArrayList<>(reviews.values());
    List<ReviewSummary> newest = new ArrayList<>();
    for (int i = states.size() - 1; i >= 0 && newest.size() < limit; i--) {
      newest.add(states.get(i).summary());
    }
    return newest;
  }

  /**
   * Tells {@code watcher} of every change to any review from now on and returns the newest reviews,
   * atomically, so no change falls between the two.
   */
  public synchronized List<ReviewSummary> watch(ReviewWatcher watcher, int limit) {
    watchers.add(watcher);
    return recent(limit);
  }

  public void unwatch(ReviewWatcher watcher) {
    watchers.remove(watcher);
  }

  // under the lock, so watchers see a review's changes in order; they only queue, never block
  private void changed(String reviewId) {
    if (!watchers.isEmpty()) {
      ReviewSummary summary = reviews.get(reviewId).summary();
      watchers.forEach(watcher -> watcher.onChange(summary));
    }
  }

  public synchronized Optional<ReviewView> find(String reviewId) {
    return Optional.ofNullable(reviews.get(reviewId)).map(ReviewState::view);
  }

  /**
   * Subscribes to a review's future events and returns its past ones, atomically, so nothing is
   * missed or seen twice; empty when the review is unknown.
   */
  public synchronized Optional<Replay> subscribe(String reviewId, EventSubscriber subscriber) {
    ReviewState state = reviews.get(reviewId);
    if (state == null) {
      return Optional.empty();
    }
    subscribers.computeIfAbsent(reviewId, id -> new CopyOnWriteArrayList<>()).add(subscriber);
    return Optional.of(new Replay(state.events(), state.finished()));
  }

  public synchronized void unsubscribe(String reviewId, EventSubscriber subscriber) {
    List<EventSubscriber> list = subscribers.get(reviewId);
    if (list != null && list.remove(subscriber) && list.isEmpty()) {
      subscribers.remove(reviewId);
    }
  }

  synchronized int size() {
    return reviews.size();
  }

  private ReviewState state(String reviewId, Instant submittedAt) {
    return reviews.computeIfAbsent(reviewId, id -> new ReviewState(id, submittedAt, maxEvents));
  }

  /**
   * A review's past events.
   *
   * @param finished true when the review already has its report
   */
  public record Replay(List<ReviewEvent> events, boolean finished) {

    public Replay {
      events = List.copyOf(events);
    }
  }
}
