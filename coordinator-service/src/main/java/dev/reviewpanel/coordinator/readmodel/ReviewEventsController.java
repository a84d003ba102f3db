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

  ReviewEventsController(ReviewStore store, EventStreams streams) {
    this.store = store;
    this.streams = streams;
  }

  @GetMapping("/api/reviews/{reviewId}/events")
  ResponseEntity<?> events(@PathVariable String reviewId) {
    SseEmitter emitter = streams.emitter();
    SseSubscription<ReviewEvent> subscription = streams.open(emitter, SseFormat.REVIEW_EVENTS);
    EventSubscriber subscriber = subscription::onEvent;
    Optional<ReviewStore.Replay> replay = store.subscribe(reviewId, subscriber);
    if (replay.isEmpty()) {
      return NotFound.review(reviewId);
    }
    streams.onClose(emitter, subscription, () -> store.unsubscribe(reviewId, subscriber));
    subscription.replay(replay.get().events(), replay.get().finished());
    return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
  }
}
