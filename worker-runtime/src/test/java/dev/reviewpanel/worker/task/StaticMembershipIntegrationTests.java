package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.worker.testapp.TestWorkerApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A worker with {@code review.instance.id} on a real broker: its task consumers join as static
 * members named after the instance, readiness turns UP once they hold their assignment, and a clean
 * stop leaves the group at once instead of holding the partitions for a session timeout.
 */
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {"offsets.topic.replication.factor=1", "group.initial.rebalance.delay.ms=0"})
class StaticMembershipIntegrationTests {

  private static final String GROUP = "testagent-worker";
  private static final Duration SESSION = Duration.ofSeconds(45);

  private Admin admin;
  private ConfigurableApplicationContext worker;

  @BeforeEach
  void connect() {
    admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()));
  }

  @AfterEach
  void stop() {
    if (worker != null) {
      worker.close();
    }
    admin.close();
  }

  @Test
  void shouldJoinAsAStaticMemberAndBeReadyOnceAssigned() throws Exception {
    worker = start("worker-a");

    await().atMost(Duration.ofSeconds(60)).until(() -> !instanceIds().isEmpty());
    assertThat(instanceIds()).containsExactly("worker-a-0");
    AssignmentReadiness readiness = worker.getBean(AssignmentReadiness.class);
    await().atMost(Duration.ofSeconds(30)).until(() -> readiness.health().getStatus() == Status.UP);
    // the task topic's and its two retry topics' partitions
    assertThat(readiness.health().getDetails()).containsEntry("partitions", 9);
  }

  @Test
  void shouldLeaveTheGroupOnACleanStopWellWithinTheSessionTimeout() {
    worker = start("worker-b");
    await().atMost(Duration.ofSeconds(60)).until(() -> instanceIds().contains("worker-b-0"));

    long stopping = System.nanoTime();
    worker.close();
    worker = null;

    await().atMost(SESSION.dividedBy(3)).until(() -> instanceIds().isEmpty());
    assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(SESSION.dividedBy(3));
  }

  private ConfigurableApplicationContext start(String instanceId) {
    return new SpringApplicationBuilder(TestWorkerApplication.class)
        .properties("spring.config.name=" + TestWorkerApplication.CONFIG_NAME)
        .run(
            "--spring.kafka.bootstrap-servers=" + brokers(),
            "--review.instance.id=" + instanceId,
            "--review.kafka.session-timeout=" + SESSION.toSeconds() + "s",
            "--server.port=0",
            "--spring.main.banner-mode=off");
  }

  private List<String> instanceIds() throws Exception {
    return admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members().stream()
        .map(MemberDescription::groupInstanceId)
        .flatMap(Optional::stream)
        .toList();
  }

  private static String brokers() {
    EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    return broker.getBrokersAsString();
  }
}
