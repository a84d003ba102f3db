package dev.reviewpanel.gateway.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The delivery ids this instance has taken, to refuse replays. Bounded in count and age; across
 * replicas the review's idempotency key makes a replayed push cost nothing more than a no-op.
 */
@Component
class DeliveryLedger {

  private final Map<String, Instant> seen = new LinkedHashMap<>();
  private final WebhookProperties properties;
  private final Clock clock;

  DeliveryLedger(WebhookProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** True for the first claim of an id; false when it was taken before (a replay). */
  synchronized boolean claim(String deliveryId) {
    Instant now = clock.instant();
    forgetOld(now);
    if (seen.containsKey(deliveryId)) {
      return false;
    }
    seen.put(deliveryId, now);
    return true;
  }

  /** Gives an id back when its delivery could not be handled, so a redelivery is taken. */
  synchronized void release(String deliveryId) {
    seen.remove(deliveryId);
  }

  // insertion order is age order: the oldest go first
  private void forgetOld(Instant now) {
    Instant horizon = now.minus(properties.deliveryMemory());
    Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, Instant> oldest = entries.next();
      if (seen.size() < properties.rememberedDeliveries() && oldest.getValue().isAfter(horizon)) {
        return;
      }
      entries.remove();
    }
  }
}
