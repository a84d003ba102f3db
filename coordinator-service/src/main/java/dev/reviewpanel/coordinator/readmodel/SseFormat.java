package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How items of one stream are written as server-sent events: the event name, the JSON data and
 * which item ends the stream.
 */
record SseFormat<T>(Function<T, String> namer, Function<T, Object> payload, Predicate<T> last) {

  /** A review's events, named by type; the stream ends with REPORT_READY. */
  static final SseFormat<ReviewEvent> REVIEW_EVENTS =
      new SseFormat<>(
          event -> event.type().name(),
          event -> event,
          event -> event.type() == ReviewEvent.Type.REPORT_READY);

  String name(T item) {
    return namer.apply(item);
  }

  String json(T item) {
    return EventJson.mapper().writeValueAsString(payload.apply(item));
  }

  boolean last(T item) {
    return this.last.test(item);
  }
}
