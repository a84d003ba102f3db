package dev.reviewpanel.worker.task;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when this process stood still: stopped (SIGSTOP, a frozen VM or container), in a long
 * garbage-collection pause, or starved of CPU. A daemon thread wakes every {@link #TICK}; a gap
 * between two wake-ups longer than the threshold is a pause. A task whose time budget ran out while
 * the process stood still was not too slow, it was not running: {@link TaskRunner} runs it again
 * instead of publishing a truncated result (ADR 0003).
 */
final class PauseWatch implements AutoCloseable {

  static final Duration TICK = Duration.ofMillis(100);

  private static final Logger log = LoggerFactory.getLogger(PauseWatch.class);

  private final long thresholdNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong pauses = new AtomicLong();
  // Written before lastTick, read after it: a reader that sees a tick sees the pause it noticed.
  private volatile long lastPauseEnd;
  private volatile boolean pausedEver;
  private volatile long lastTick;
  private volatile Thread thread;

  PauseWatch(Duration threshold, LongSupplier nanoTime) {
    this.thresholdNanos = threshold.toNanos();
    this.nanoTime = nanoTime;
    this.lastTick = nanoTime.getAsLong();
  }

  /** A watch on this process, its thread started. */
  static PauseWatch start(Duration threshold) {
    PauseWatch watch = new PauseWatch(threshold, System::nanoTime);
    Thread thread = new Thread(watch::watch, "pause-watch");
    thread.setDaemon(true);
    watch.thread = thread;
    thread.start();
    return watch;
  }

  private void watch() {
    while (!Thread.currentThread().isInterrupted()) {
      LockSupport.parkNanos(TICK.toNanos());
      tick();
    }
  }

  /** One wake-up of the watch: records a pause if the last one was too long ago. */
  void tick() {
    long now = nanoTime.getAsLong();
    long gap = now - lastTick;
    if (gap > thresholdNanos + TICK.toNanos()) {
      lastPauseEnd = now;
      pausedEver = true;
      pauses.incrementAndGet();
      log.warn(
          "This process stood still for {} ms (stopped, frozen, a long GC pause or no CPU);"
              + " tasks whose time budget ran out meanwhile run again",
          TimeUnit.NANOSECONDS.toMillis(gap));
    }
    lastTick = now;
  }

  /**
   * True when the process stood still after {@code startedNanos} (a {@link System#nanoTime()}
   * reading), a pause that is just ending and not yet noticed by the watch's thread included.
   */
  boolean pausedSince(long startedNanos) {
    long tick = lastTick;
    boolean noticed = pausedEver && lastPauseEnd - startedNanos > 0;
    return noticed || nanoTime.getAsLong() - tick > thresholdNanos + TICK.toNanos();
  }

  /** The current reading of this watch's clock, for {@link #pausedSince}. */
  long now() {
    return nanoTime.getAsLong();
  }

  /** Pauses noticed so far. */
  long pauses() {
    return pauses.get();
  }

  @Override
  public void close() {
    Thread running = thread;
    if (running != null) {
      running.interrupt();
    }
  }
}
