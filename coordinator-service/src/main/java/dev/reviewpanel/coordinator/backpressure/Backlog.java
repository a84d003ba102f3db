package dev.reviewpanel.coordinator.backpressure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reviews accepted and not yet reported, as this instance's read model sees them (every replica
 * reads every event, so each sees the whole backlog), plus the submissions this instance enqueued
 * that no ACCEPTED event answered yet, each with its size in lines of code to analyze. Fed by the
 * read model; entries older than the open-review TTL stop counting, so a review that never reports
 * cannot hold the intake shut.
 */
@Component
public class Backlog {

  /** How far back the drain rate looks. */
  private static final Duration DRAIN_WINDOW = Duration.ofMinutes(1);

  private final Duration ttl;
  private final Clock clock;
  // insertion order is age order: pruning stops at the first young entry
  private final Entries open = new Entries();
  private final Entries queued = new Entries();
  private final Map<String, Boolean> finished = new BoundedSet(50_000);
  private final DrainRate drain;

  public Backlog(BackpressureProperties properties, Clock clock, MeterRegistry registry) {
    this.ttl = properties.openReviewTtl();
    this.clock = clock;
    this.drain = new DrainRate(clock, DRAIN_WINDOW);
    Gauge.builder("review.backlog", this, Backlog::size)
        .description("Reviews accepted and not yet reported, plus submissions not yet accepted")
        .baseUnit("reviews")
        .register(registry);
    Gauge.builder("review.backlog.lines", this, Backlog::lines)
        .description("Lines of code in the reviews the backlog counts, what they cost to analyze")
        .register(registry);
  }

  /** A submission this instance enqueued; counts until its ACCEPTED event is read. */
  public synchronized void enqueued(String reviewId, long lines) {
    if (!open.contains(reviewId) && !finished.containsKey(reviewId)) {
      queued.put(reviewId, clock.instant(), lines);
    }
  }

  /** An enqueue that failed: nothing was published for it. */
  public synchronized void withdrawn(String reviewId) {
    queued.remove(reviewId);
  }

  /**
   * Its ACCEPTED (or PLANNED) event was read; {@code lines} is 0 when the event does not say (a
   * PLANNED event, or an ACCEPTED one from an older coordinator), which keeps a size already known.
   */
  public synchronized void accepted(String reviewId, long lines) {
    long enqueuedLines = queued.remove(reviewId);
    if (!finished.containsKey(reviewId)) {
      open.putIfAbsent(reviewId, clock.instant(), Math.max(lines, enqueuedLines));
    }
  }

  /** Its report or REPORT_READY event was read. */
  public synchronized void finished(String reviewId) {
    boolean counted = queued.contains(reviewId) || open.contains(reviewId);
    long lines = queued.remove(reviewId) + open.remove(reviewId);
    finished.put(reviewId, Boolean.TRUE);
    if (counted) {
      // the report and its REPORT_READY event both end up here: the drain counts the first
      drain.finished(lines);
    }
  }

  public synchronized int size() {
    prune();
    return open.size() + queued.size();
  }

  /** Lines of code in every review {@link #size()} counts. */
  public synchronized long lines() {
    prune();
    return open.lines() + queued.lines();
  }

  /** Accepted and not reported only, what the Kafka intake's pause looks at. */
  public synchronized int open() {
    prune();
    return open.size();
  }

  /** Lines of code in the reviews {@link #open()} counts. */
  public synchronized long openLines() {
    prune();
    return open.lines();
  }

  /**
   * How long the reviews counted now take to clear at the rate reports came in over the last
   * minute; empty while too few reports came in to tell.
   */
  synchronized Optional<Duration> timeToClear() {
    prune();
    return drain.timeToClear(open.size() + queued.size(), open.lines() + queued.lines());
  }

  private void prune() {
    Instant oldest = clock.instant().minus(ttl);
    open.prune(oldest);
    queued.prune(oldest);
  }

  private record Entry(Instant since, long lines) {}

  // reviews by id in age order, with the sum of their lines kept alongside
  private static final class Entries {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private long lines;

    boolean contains(String reviewId) {
      return entries.containsKey(reviewId);
    }

    void put(String reviewId, Instant since, long size) {
      Entry previous = entries.put(reviewId, new Entry(since, Math.max(0, size)));
      lines += Math.max(0, size) - (previous == null ? 0 : previous.lines());
    }

    void putIfAbsent(String reviewId, Instant since, long size) {
      Entry present = entries.get(reviewId);
      if (present == null) {
        put(reviewId, since, size);
      } else if (size > present.lines()) {
        // the size arrived after the entry (e.g. PLANNED read first): keep its age
        put(reviewId, present.since(), size);
      }
    }

    /** The removed entry's lines, 0 when there was none. */
    long remove(String reviewId) {
      Entry removed = entries.remove(reviewId);
      if (removed == null) {
        return 0;
      }
      lines -= removed.lines();
      return removed.lines();
    }

    void prune(Instant oldest) {
      Iterator<Entry> it = entries.values().iterator();
      while (it.hasNext()) {
        Entry entry = it.next();
        if (!entry.since().isBefore(oldest)) {
          return;
        }
        lines -= entry.lines();
        it.remove();
      }
    }

    int size() {
      return entries.size();
    }

    long lines() {
      return lines;
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
