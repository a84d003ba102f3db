package dev.reviewpanel.worker.task;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Which records of one partition this instance has taken and finished, for one assignment of the
 * partition. The committable position never passes an unfinished record: it is the lowest
 * unfinished offset, or one past the highest finished when nothing is unfinished. Offsets the
 * consumer never handed over (transaction markers, aborted records) are simply passed.
 */
final class PartitionProgress {

  private final TreeSet<Long> unfinished = new TreeSet<>();
  private long highestFinished = -1;
  private long committed = -1;
  private boolean closed;

  /** A record was handed to a worker thread. */
  synchronized void started(long offset) {
    if (!closed) {
      unfinished.add(offset);
    }
  }

  /** A record is done: analyzed, or forwarded to a retry topic or the dead-letter topic. */
  synchronized void finished(long offset) {
    if (closed) {
      return;
    }
    unfinished.remove(offset);
    highestFinished = Math.max(highestFinished, offset);
    notifyAll();
  }

  /** A record handled on the consumer thread, never started; ignored if it is in flight. */
  synchronized void handledInPlace(long offset) {
    if (!unfinished.contains(offset)) {
      finished(offset);
    }
  }

  /** The position to commit, when it moved past the last one committed. */
  synchronized OptionalLong nextCommit() {
    if (closed) {
      return OptionalLong.empty();
    }
    long position = unfinished.isEmpty() ? highestFinished + 1 : unfinished.first();
    return position > committed && position > 0 ? OptionalLong.of(position) : OptionalLong.empty();
  }

  synchronized void committed(long position) {
    committed = Math.max(committed, position);
  }

  synchronized int inFlight() {
    return unfinished.size();
  }

  /** Waits until nothing is in flight or {@code timeout} passed; true when drained. */
  synchronized boolean awaitDrained(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!unfinished.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** The partition was given up: late completions of its records change nothing any more. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  synchronized boolean isOpen() {
    return !closed;
  }
}
