package dev.reviewpanel.coordinator.readmodel;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lenient reads from an event's free-form data; other services may omit or reshape fields. */
final class EventData {

  private EventData() {}

  static String text(Map<String, Object> data, String key) {
    Object value = data.get(key);
    return value == null ? null : value.toString();
  }

  static Integer integer(Map<String, Object> data, String key) {
    return data.get(key) instanceof Number number ? number.intValue() : null;
  }

  static Instant instant(Map<String, Object> data, String key, Instant fallback) {
    String value = text(data, key);
    if (value == null) {
      return fallback;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }

  static Map<String, Integer> counts(Map<String, Object> data, String key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (data.get(key) instanceof Map<?, ?> map) {
      map.forEach(
          (agent, count) -> {
            if (agent != null && count instanceof Number number) {
              counts.put(agent.toString(), number.intValue());
            }
          });
    }
    return counts;
  }

  static ReviewStatus status(Map<String, Object> data, ReviewStatus fallback) {
    String value = text(data, "status");
    try {
      return value == null ? ReviewStatus.COMPLETE : ReviewStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      return fallback == null ? ReviewStatus.COMPLETE : fallback;
    }
  }
}
