package dev.reviewpanel.coordinator.backpressure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reviews accepted and not yet reported, as this instance's read model sees them (every replica
 * reads every event, so each sees the whole backlog), plus the submissions this instance enqueued
 * that no ACCEPTED event answered yet. Fed by the read model; entries older than the open-review
 * TTL stop counting, so a review that never reports cannot hold the intake shut.
 */
@Component
public class Backlog {

  private final Duration ttl;
  private final Clock clock;
  // insertion order is age order: pruning stops at the first young entry
  private final Map<String, Instant> open = new LinkedHashMap<>();
  private final Map<String, Instant> queued = new LinkedHashMap<>();
  private final Map<String, Boolean> finished = new BoundedSet(50_000);

  public Backlog(BackpressureProperties properties, Clock clock, MeterRegistry registry) {
    this.ttl = properties.openReviewTtl();
    this.clock = clock;
    Gauge.builder("review.backlog", this, Backlog::size)
        .description("Reviews accepted and not yet reported, plus submissions not yet accepted")
        .baseUnit("reviews")
        .register(registry);
  }

  /** A submission this instance enqueued; counts until its ACCEPTED event is read. */
  public synchronized void enqueued(String reviewId) {
    if (!open.containsKey(reviewId) && !finished.containsKey(reviewId)) {
      queued.put(reviewId, clock.instant());
    }
  }

  /** An enqueue that failed: nothing was published for it. */
  public synchronized void withdrawn(String reviewId) {
    queued.remove(reviewId);
  }

  /** Its ACCEPTED (or PLANNED) event was read. */
  public synchronized void accepted(String reviewId) {
    queued.remove(reviewId);
    if (!finished.containsKey(reviewId)) {
      open.putIfAbsent(reviewId, clock.instant());
    }
  }

  /** Its report or REPORT_READY event was read. */
  public synchronized void finished(String reviewId) {
    queued.remove(reviewId);
    open.remove(reviewId);
    finished.put(reviewId, Boolean.TRUE);
  }

  public synchronized int size() {
    Instant oldest = clock.instant().minus(ttl);
    prune(open, oldest);
    prune(queued, oldest);
    return open.size() + queued.size();
  }

  /** Accepted and not reported only, what the Kafka intake's pause looks at. */
  public synchronized int open() {
    prune(open, clock.instant().minus(ttl));
    return open.size();
  }

  private static void prune(Map<String, Instant> entries, Instant oldest) {
    Iterator<Instant> it = entries.values().iterator();
    while (it.hasNext() && it.next().isBefore(oldest)) {
      it.remove();
    }
  }

  // remembers recently finished reviews, so an ACCEPTED read after its report does not reopen it
  private static final class BoundedSet extends LinkedHashMap<String, Boolean> {

    private final int max;

    BoundedSet(int max) {
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > max;
    }
  }
}
