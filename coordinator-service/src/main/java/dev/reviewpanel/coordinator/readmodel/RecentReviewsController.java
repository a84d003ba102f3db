package dev.reviewpanel.coordinator.readmodel;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/reviews}: the newest reviews this instance knows, as JSON, or as a live stream of
 * server-sent events: a {@code snapshot} of the list, then a {@code review} event with the new
 * summary whenever a review changes status (new, planned, an agent started or finished, reported).
 */
@RestController
class RecentReviewsController {

  static final int MAX_LIMIT = 200;

  private final ReviewStore store;
  private final EventStreams streams;
  private final ReadModelProperties properties;

  RecentReviewsController(ReviewStore store, EventStreams streams, ReadModelProperties properties) {
    this.store = store;
    this.streams = streams;
    this.properties = properties;
  }

  @GetMapping(value = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, List<ReviewSummary>> recent(@RequestParam(defaultValue = "50") int limit) {
    return Map.of("reviews", store.recent(bounded(limit)));
  }

  @GetMapping(value = "/api/reviews", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter live(@RequestParam(defaultValue = "50") int limit) {
    SseEmitter emitter = streams.emitter();
    SseSubscription<FeedUpdate> subscription = streams.open(emitter, FeedUpdate.FORMAT);
    ReviewWatcher watcher = summary -> subscription.onEvent(new FeedUpdate("review", summary));
    streams.onClose(emitter, subscription, () -> store.unwatch(watcher));
    List<ReviewSummary> snapshot = store.watch(watcher, bounded(limit));
    subscription.replay(List.of(new FeedUpdate("snapshot", Map.of("reviews", snapshot))), false);
    return emitter;
  }

  private static int bounded(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  /** One event of the live list: a {@code snapshot} or one {@code review}'s new summary. */
  record FeedUpdate(String name, Object payload) {

    static final SseFormat<FeedUpdate> FORMAT =
        new SseFormat<>(FeedUpdate::name, FeedUpdate::payload, update -> false);
  }
}
