package dev.reviewpanel.coordinator.readmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The few threads that write events to every open SSE stream. Kept out of the context as a plain
 * executor so Boot's own task executor is not replaced.
 */
@Component
class EventStreams implements DisposableBean {

  private final ExecutorService writers;
  private final int queueCapacity;
  private final long timeoutMillis;

  EventStreams(ReadModelProperties properties) {
    CustomizableThreadFactory threads = new CustomizableThreadFactory("coordinator-sse-");
    threads.setDaemon(true);
    this.writers = Executors.newFixedThreadPool(properties.streamThreads(), threads);
    this.queueCapacity = properties.streamQueueCapacity();
    this.timeoutMillis = properties.streamTimeout().toMillis();
  }

  /** A new stream to a client, open at most the configured stream timeout. */
  SseEmitter emitter() {
    return new SseEmitter(timeoutMillis);
  }

  <T> SseSubscription<T> open(SseEmitter emitter, SseFormat<T> format) {
    return new SseSubscription<>(emitter, writers, queueCapacity, format);
  }

  /** Stops the subscription and runs {@code cleanup} once the stream ends, however it ends. */
  void onClose(SseEmitter emitter, SseSubscription<?> subscription, Runnable cleanup) {
    Runnable close =
        () -> {
          subscription.cancel();
          cleanup.run();
        };
    emitter.onCompletion(close);
    emitter.onTimeout(close);
    emitter.onError(error -> close.run());
  }

  @Override
  public void destroy() {
    writers.shutdownNow();
  }
}
