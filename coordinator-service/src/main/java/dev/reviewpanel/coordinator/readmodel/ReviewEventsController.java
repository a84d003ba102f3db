package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.ReviewEvent;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/reviews/{id}/events}: a review's events as Server-Sent Events. */
@RestController
class ReviewEventsController {

  private final ReviewStore store;
  private final EventStreams streams;
  private final ReadModelProperties properties;

  ReviewEventsController(ReviewStore store, EventStreams streams, ReadModelProperties properties) {
    this.store = store;
    this.streams = streams;
    this.properties = properties;
  }

  @GetMapping("/api/reviews/{reviewId}/events")
  ResponseEntity<?> events(@PathVariable String reviewId) {
    SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
    SseSubscription<ReviewEvent> subscription = streams.open(emitter, SseFormat.REVIEW_EVENTS);
    EventSubscriber subscriber = subscription::onEvent;
    Optional<ReviewStore.Replay> replay = store.subscribe(reviewId, subscriber);
    if (replay.isEmpty()) {
      return NotFound.review(reviewId);
    }
    Runnable unsubscribe =
        () -> {
          subscription.cancel();
          store.unsubscribe(reviewId, subscriber);
        };
    emitter.onCompletion(unsubscribe);
    emitter.onTimeout(unsubscribe);
    emitter.onError(error -> unsubscribe.run());
    subscription.replay(replay.get().events(), replay.get().finished());
    return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
  }
}
