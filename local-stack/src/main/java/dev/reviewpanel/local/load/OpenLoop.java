package dev.reviewpanel.local.load;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Offers reviews on a fixed schedule whatever the answers: the i-th goes out at start + i / rate.
 * Blocking submissions run on a bounded pool of sender threads (one connection each); a review
 * whose sender was still busy at its time goes out late and counts as such, but its latency still
 * counts from its scheduled time, so a slow server cannot hide its queue (no coordinated omission).
 */
final class OpenLoop implements AutoCloseable {

  private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();

  private final Submitter submitter;
  private final ExecutorService senders;
  private long index;

  OpenLoop(Submitter submitter, int connections) {
    this.submitter = submitter;
    AtomicInteger threads = new AtomicInteger();
    this.senders =
        Executors.newFixedThreadPool(
            connections,
            r -> {
              Thread thread = new Thread(r, "load-sender-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Offers {@code rate} reviews per second for {@code duration}; returns once all went out. */
  StepTally run(double rate, Duration duration) throws InterruptedException {
    long count = Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    double gapNanos = 1e9 / rate;
    long startNanos = System.nanoTime() + Duration.ofMillis(20).toNanos();
    long startMillis = System.currentTimeMillis() + 20;
    StepTally tally = new StepTally(rate, startMillis);
    for (long i = 0; i < count; i++) {
      long dueNanos = startNanos + (long) (i * gapNanos);
      long intendedMillis = startMillis + (long) (i * gapNanos / 1e6);
      waitUntil(dueNanos);
      String reviewId = UUID.randomUUID().toString();
      long reviewIndex = index++;
      tally.lastIntendedMillis = intendedMillis;
      if (submitter.blocking()) {
        senders.execute(
            () -> {
              if (System.nanoTime() - dueNanos > LATE_NANOS) {
                tally.late.increment();
              }
              submitter.submit(reviewId, reviewIndex, intendedMillis, tally);
            });
      } else {
        submitter.submit(reviewId, reviewIndex, intendedMillis, tally);
      }
    }
    tally.offered = count;
    return tally;
  }

  /** Waits until every submission of the steps so far was answered, at most {@code patience}. */
  void drain(StepTally tally, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (tally.offered > tally.accepted.size() + tally.rejected.sum() + tally.errorCount()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private static void waitUntil(long dueNanos) {
    long wait;
    while ((wait = dueNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  @Override
  public void close() throws InterruptedException {
    senders.shutdownNow();
    senders.awaitTermination(5, TimeUnit.SECONDS);
  }
}
