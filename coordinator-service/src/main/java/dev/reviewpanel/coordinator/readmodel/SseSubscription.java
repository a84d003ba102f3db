package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams one review's events to one client: first the replay, then live events, which are held
 * back while the replay is still being written so the order is kept. Completes after REPORT_READY.
 */
final class SseSubscription implements EventSubscriber {

  private final SseEmitter emitter;
  private final Object lock = new Object();
  private List<ReviewEvent> heldBack = new ArrayList<>();
  private boolean closed;

  SseSubscription(SseEmitter emitter) {
    this.emitter = emitter;
  }

  @Override
  public void onEvent(ReviewEvent event) {
    synchronized (lock) {
      if (heldBack != null) {
        heldBack.add(event);
        return;
      }
    }
    send(event);
  }

  /** Writes the past events, then whatever arrived meanwhile, then switches to live delivery. */
  void replay(List<ReviewEvent> past, boolean finished) {
    past.forEach(this::send);
    while (true) {
      List<ReviewEvent> batch;
      synchronized (lock) {
        if (heldBack.isEmpty()) {
          heldBack = null;
          break;
        }
        batch = heldBack;
        heldBack = new ArrayList<>();
      }
      batch.forEach(this::send);
    }
    if (finished) {
      close();
    }
  }

  private void send(ReviewEvent event) {
    synchronized (lock) {
      if (closed) {
        return;
      }
    }
    try {
      emitter.send(
          SseEmitter.event()
              .name(event.type().name())
              .data(EventJson.mapper().writeValueAsString(event), MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      // the client went away; completion callbacks unsubscribe us
      markClosed();
      emitter.completeWithError(e);
      return;
    }
    if (event.type() == ReviewEvent.Type.REPORT_READY) {
      close();
    }
  }

  private void close() {
    if (markClosed()) {
      emitter.complete();
    }
  }

  private boolean markClosed() {
    synchronized (lock) {
      boolean wasOpen = !closed;
      closed = true;
      return wasOpen;
    }
  }
}
