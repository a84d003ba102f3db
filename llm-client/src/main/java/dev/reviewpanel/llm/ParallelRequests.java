package dev.reviewpanel.llm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends one task's independent requests concurrently, at most {@code perTask} at a time, so a task
 * of many chunks takes about as long as its slowest request instead of their sum. A request whose
 * turn comes at or after the task's stop time is not sent (its outcome is null). Threads are
 * daemons from a shared cached pool: they only wait on the network.
 */
final class ParallelRequests {

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "llm-request-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private final int perTask;
  private final Clock clock;

  ParallelRequests(int perTask, Clock clock) {
    this.perTask = perTask;
    this.clock = clock;
  }

  /** Runs every request; the outcomes in request order, null for one not sent in time. */
  <T> List<T> runAll(List<Supplier<T>> requests, Instant stopAt) {
    if (requests.size() == 1) {
      return clock.instant().isBefore(stopAt)
          ? List.of(requests.get(0).get())
          : java.util.Collections.singletonList(null);
    }
    Semaphore slots = new Semaphore(perTask);
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (Supplier<T> request : requests) {
      futures.add(
          CompletableFuture.supplyAsync(
              () -> {
                slots.acquireUninterruptibly();
                try {
                  return clock.instant().isBefore(stopAt) ? request.get() : null;
                } finally {
                  slots.release();
                }
              },
              POOL));
    }
    List<T> outcomes = new ArrayList<>();
    for (CompletableFuture<T> future : futures) {
      outcomes.add(future.join());
    }
    return outcomes;
  }
}
