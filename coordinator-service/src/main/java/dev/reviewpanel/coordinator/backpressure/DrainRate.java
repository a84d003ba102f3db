package dev.reviewpanel.coordinator.backpressure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How fast the backlog drains: the reviews (and their lines) reported over the last window, and
 * from it how long the backlog waiting now takes to clear. The rate runs from the oldest completion
 * in the window to now, so a quiet spell before a burst does not dilute it and workers that stop
 * reporting make it fall.
 */
final class DrainRate {

  // enough for a steady rate; at thousands of reports a second the window shortens to fit
  private static final int MAX_COMPLETIONS = 10_000;

  private final Clock clock;
  private final Duration window;
  private final Deque<Completion> completions = new ArrayDeque<>();
  private long linesAfterOldest;
  private boolean pruned;

  DrainRate(Clock clock, Duration window) {
    this.clock = clock;
    this.window = window;
  }

  /** A review of {@code lines} lines left the backlog with its report. */
  void finished(long lines) {
    Completion completion = new Completion(clock.instant(), Math.max(0, lines));
    if (!completions.isEmpty()) {
      linesAfterOldest += completion.lines();
    }
    completions.addLast(completion);
    prune(completion.at());
  }

  /**
   * How long {@code reviews} reviews of {@code lines} lines take at the measured rate, in lines
   * when both sides know them (else in reviews); empty while too little has finished to tell. When
   * at most one review finished within the window and earlier ones before it, the drain has
   * stalled: the answer is longer than any bound.
   */
  Optional<Duration> timeToClear(long reviews, long lines) {
    Instant now = clock.instant();
    prune(now);
    if (completions.isEmpty()) {
      return Optional.empty();
    }
    Instant oldest = completions.peekFirst().at();
    if (completions.size() == 1) {
      return pruned ? Optional.of(ChronoUnit.FOREVER.getDuration()) : Optional.empty();
    }
    double seconds = Math.max(1e-3, Duration.between(oldest, now).toNanos() / 1e9);
    boolean inLines = linesAfterOldest > 0 && lines > 0;
    double perSecond = (inLines ? linesAfterOldest : completions.size() - 1) / seconds;
    double work = inLines ? lines : reviews;
    return Optional.of(Duration.ofMillis((long) Math.ceil(1000 * work / perSecond)));
  }

  // drops completions older than the window but keeps the newest, which tells a stall apart
  private void prune(Instant now) {
    Instant oldest = now.minus(window);
    while (completions.size() > MAX_COMPLETIONS
        || (completions.size() > 1 && completions.peekFirst().at().isBefore(oldest))) {
      completions.removeFirst();
      pruned = true;
      linesAfterOldest -= completions.peekFirst().lines();
    }
  }

  private record Completion(Instant at, long lines) {}
}
