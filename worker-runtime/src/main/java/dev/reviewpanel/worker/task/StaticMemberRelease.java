package dev.reviewpanel.worker.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.KafkaFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A static group member does not leave its group when it closes, so that a restart finds its
 * partitions waiting. That is right for a crash or a restart in place, wrong for a clean stop
 * (scale-down, a rollout that gives the pod a new name): the partitions would wait a whole session
 * timeout for a member that will not return. So on a clean stop, after the listener containers
 * stopped and committed, this removes this instance's static members from its groups, and the group
 * rebalances at once. kill -9 never gets here, and the partitions wait for the restart.
 */
final class StaticMemberRelease implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StaticMemberRelease.class);
  private static final long TIMEOUT_SECONDS = 5;

  private final GroupMembership membership;
  private final Map<String, Object> adminProperties;
  private final ObjectProvider<KafkaListenerEndpointRegistry> registry;

  StaticMemberRelease(
      GroupMembership membership,
      Map<String, Object> adminProperties,
      ObjectProvider<KafkaListenerEndpointRegistry> registry) {
    this.membership = membership;
    this.adminProperties = adminProperties;
    this.registry = registry;
  }

  @Override
  public void destroy() {
    KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
    if (!membership.isStatic() || listeners == null) {
      return;
    }
    TreeSet<String> groups = new TreeSet<>();
    for (MessageListenerContainer container : listeners.getListenerContainers()) {
      if (container.getGroupId() != null) {
        groups.add(container.getGroupId());
      }
    }
    String prefix = membership.instanceId().strip();
    try (Admin admin = Admin.create(adminProperties)) {
      Map<String, KafkaFuture<ConsumerGroupDescription>> described =
          admin.describeConsumerGroups(groups).describedGroups();
      for (Map.Entry<String, KafkaFuture<ConsumerGroupDescription>> group : described.entrySet()) {
        leave(admin, group.getKey(), group.getValue(), prefix);
      }
    } catch (RuntimeException e) {
      // the session timeout will release them instead
      log.warn("Could not leave the consumer groups as {}: {}", prefix, e.toString());
    }
  }

  // one group at a time: a group this instance never joined (e.g. no dead letter yet) is skipped
  private static void leave(
      Admin admin, String group, KafkaFuture<ConsumerGroupDescription> description, String prefix) {
    try {
      List<MemberToRemove> mine = new ArrayList<>();
      for (MemberDescription member :
          description.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).members()) {
        member
            .groupInstanceId()
            .filter(id -> id.equals(prefix) || id.startsWith(prefix + "-"))
            .ifPresent(id -> mine.add(new MemberToRemove(id)));
      }
      if (!mine.isEmpty()) {
        admin
            .removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions(mine))
            .all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        log.info("Left group {} as {} static member(s)", group, mine.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // the session timeout will release them instead
      log.debug("Did not leave group {} as {}: {}", group, prefix, e.toString());
    }
  }
}
