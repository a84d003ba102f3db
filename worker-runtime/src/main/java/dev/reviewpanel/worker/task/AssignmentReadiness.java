package dev.reviewpanel.worker.task;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of a worker ({@code taskAssignment} in the readiness group): DOWN until every task
 * consumer (the task topic's and each retry topic's) has finished joining its group, and again
 * while one of them is between a revocation or a lost assignment and its next assignment. An
 * instance that joined and got no partition (more instances than partitions) is ready: it is a
 * member, waiting for work.
 */
final class AssignmentReadiness implements HealthIndicator {

  private final Map<Consumer<?, ?>, Integer> partitions = new IdentityHashMap<>();
  private final Map<Consumer<?, ?>, Boolean> assigned = new IdentityHashMap<>();

  synchronized void assigned(Consumer<?, ?> consumer, Collection<?> added) {
    assigned.put(consumer, true);
    partitions.merge(consumer, added.size(), Integer::sum);
  }

  synchronized void revoked(Consumer<?, ?> consumer, Collection<?> removed) {
    // eager rebalances revoke everything, then assign again: not ready in between
    assigned.put(consumer, false);
    partitions.merge(consumer, -removed.size(), (a, b) -> Math.max(0, a + b));
  }

  synchronized void lost(Consumer<?, ?> consumer) {
    assigned.put(consumer, false);
    partitions.put(consumer, 0);
  }

  synchronized boolean ready() {
    return !assigned.isEmpty() && !assigned.containsValue(false);
  }

  @Override
  public synchronized Health health() {
    int owned = partitions.values().stream().mapToInt(Integer::intValue).sum();
    Health.Builder health = ready() ? Health.up() : Health.down();
    return health
        .withDetail("consumers", assigned.size())
        .withDetail("joining", assigned.values().stream().filter(a -> !a).count())
        .withDetail("partitions", owned)
        .build();
  }
}
