package dev.reviewpanel.coordinator.readmodel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams items to one client: first the replay, then live items (a review's events, or the board's
 * review summaries). Items are only queued on the caller's thread (the read model's Kafka listener)
 * and written by one drain task at a time on the executor, so a slow client never holds up the read
 * model. A client that falls more than the queue capacity behind is cut off with an error.
 * Completes after the item its format calls the last one.
 */
final class SseSubscription<T> {

  private final SseEmitter emitter;
  private final Executor executor;
  private final int capacity;
  private final SseFormat<T> format;
  private final Object lock = new Object();
  private final ArrayDeque<T> replay = new ArrayDeque<>();
  private final ArrayDeque<T> live = new ArrayDeque<>();
  private boolean replayed;
  private boolean finishAfterReplay;
  private boolean draining;
  private boolean closed;
  private Throwable failure;

  SseSubscription(SseEmitter emitter, Executor executor, int capacity, SseFormat<T> format) {
    this.emitter = emitter;
    this.executor = executor;
    this.capacity = capacity;
    this.format = format;
  }

  void onEvent(T event) {
    boolean start;
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (live.size() >= capacity) {
        closed = true;
        failure = new IllegalStateException("client fell " + capacity + " events behind");
        replay.clear();
        live.clear();
      } else {
        live.add(event);
      }
      start = startDrain();
    }
    if (start) {
      drainLater();
    }
  }

  /** Queues the past events ahead of any live ones; completes afterwards when finished. */
  void replay(List<T> past, boolean finished) {
    boolean start;
    synchronized (lock) {
      if (closed) {
        return;
      }
      replay.addAll(past);
      finishAfterReplay = finished;
      replayed = true;
      start = startDrain();
    }
    if (start) {
      drainLater();
    }
  }

  /** Stops writing; the client is gone or timed out. */
  void cancel() {
    synchronized (lock) {
      closed = true;
      replay.clear();
      live.clear();
    }
  }

  // under the lock: at most one drain task per subscription, so writes keep their order
  private boolean startDrain() {
    if (draining || !(replayed || closed)) {
      return false;
    }
    draining = true;
    return true;
  }

  private void drainLater() {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // shutting down: the container ends the stream
      synchronized (lock) {
        draining = false;
        closed = true;
      }
    }
  }

  private void drain() {
    while (true) {
      T event;
      Throwable error;
      boolean complete = false;
      synchronized (lock) {
        error = failure;
        failure = null;
        event = closed ? null : replay.isEmpty() ? live.poll() : replay.poll();
        if (event == null) {
          draining = false;
          complete = !closed && finishAfterReplay;
          closed = closed || complete;
        }
      }
      if (error != null) {
        emitter.completeWithError(error);
        return;
      }
      if (event == null) {
        if (complete) {
          emitter.complete();
        }
        return;
      }
      if (!write(event)) {
        return;
      }
    }
  }

  private boolean write(T event) {
    try {
      emitter.send(
          SseEmitter.event()
              .name(format.name(event))
              .data(format.json(event), MediaType.APPLICATION_JSON));
    } catch (IOException | RuntimeException e) {
      // the client went away (or the event would not write); completion callbacks unsubscribe us
      stop();
      emitter.completeWithError(e);
      return false;
    }
    if (format.last(event)) {
      stop();
      emitter.complete();
      return false;
    }
    return true;
  }

  private void stop() {
    synchronized (lock) {
      closed = true;
      draining = false;
      failure = null;
      replay.clear();
      live.clear();
    }
  }
}
