package dev.reviewpanel.coordinator.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * With {@code review.instance.id} the intake consumer is a static member of group {@code
 * coordinator}, which it does not leave when it closes (a restart finds its partitions waiting). On
 * a clean stop (a rollout, a scale-down) this removes it after the listener stopped, so the other
 * replicas take its partitions at once instead of after the session timeout.
 */
final class IntakeMemberRelease implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(IntakeMemberRelease.class);
  private static final long TIMEOUT_SECONDS = 5;

  private final String instanceId;
  private final Map<String, Object> adminProperties;

  IntakeMemberRelease(String instanceId, Map<String, Object> adminProperties) {
    this.instanceId = instanceId.strip();
    this.adminProperties = adminProperties;
  }

  @Override
  public void destroy() {
    if (instanceId.isEmpty()) {
      return;
    }
    String group = IntakeKafkaConfiguration.GROUP_ID;
    try (Admin admin = Admin.create(adminProperties)) {
      List<MemberToRemove> mine =
          admin
              .describeConsumerGroups(List.of(group))
              .all()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .get(group)
              .members()
              .stream()
              .map(MemberDescription::groupInstanceId)
              .flatMap(Optional::stream)
              .filter(id -> id.equals(instanceId) || id.startsWith(instanceId + "-"))
              .map(MemberToRemove::new)
              .toList();
      if (!mine.isEmpty()) {
        admin
            .removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions(mine))
            .all()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        log.info("Left group {} as static member {}", group, instanceId);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // the session timeout will release the partitions instead
      log.warn("Could not leave group {} as {}: {}", group, instanceId, e.toString());
    }
  }
}
