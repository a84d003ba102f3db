package dev.reviewpanel.worker.task;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * How this instance belongs to its consumer groups. With {@code review.instance.id} set (the pod
 * name on Kubernetes, through the downward API) its consumers are static members ({@code
 * group.instance.id}): an instance that restarts within the session timeout takes its partitions
 * back at once, without a rebalance and without waiting for its old self to time out. Each
 * container appends its own suffix ({@code -0}, {@code -1}, ...), and each of the worker's groups
 * (task topic, each retry topic, dead letters) is a group of its own, so the ids never clash.
 *
 * @param instanceId {@code review.instance.id}, blank for dynamic membership
 * @param sessionTimeout how long the group waits for a silent member (a crash, a pause, a restart)
 *     before it gives the member's partitions to others
 */
record GroupMembership(String instanceId, Duration sessionTimeout) {

  boolean isStatic() {
    return instanceId != null && !instanceId.isBlank();
  }

  /** Adds the membership settings to consumer properties, leaving explicit ones alone. */
  void apply(Map<String, Object> props) {
    if (isStatic()) {
      props.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId.strip());
    }
    int session = (int) sessionTimeout.toMillis();
    props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, session);
    props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(500, session / 10));
  }
}
