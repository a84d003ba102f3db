package dev.reviewpanel.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.worker.testapp.GatedAnalyzer;
import dev.reviewpanel.worker.testapp.TestWorkerApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * One worker instance with a window of {@value #WINDOW} tasks in flight, on a real broker: slow
 * tasks of one partition overlap, commits never pass an unfinished task, failures in the window
 * still reach the retry topics and the DLT, and unfinished tasks come again after a stop.
 */
@SpringBootTest(
    classes = TestWorkerApplication.class,
    properties = {
      "spring.config.name=" + TestWorkerApplication.CONFIG_NAME,
      "review.worker.concurrency.max-in-flight=" + InFlightTasksIntegrationTests.WINDOW,
      "review.worker.concurrency.drain-timeout=1s"
    })
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1",
      "group.initial.rebalance.delay.ms=0"
    })
class InFlightTasksIntegrationTests {

  static final int WINDOW = 6;
  private static final String TASKS = "review-tasks-testagent";
  private static final String GROUP = "testagent-worker";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired GatedAnalyzer gates;
  @Autowired KafkaListenerEndpointRegistry listeners;

  private KafkaProbe probe;
  private AdminClient admin;
  private final List<String> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    probe =
        new KafkaProbe(
            broker.getBrokersAsString(), List.of(Topics.REVIEW_RESULTS, TASKS + Topics.DLT_SUFFIX));
    admin =
        AdminClient.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
  }

  @AfterEach
  void disconnect() {
    opened.forEach(gates::open);
    probe.close();
    admin.close();
  }

  @Test
  void shouldRunSlowTasksOfOnePartitionTogetherButNeverMoreThanTheWindow() {
    String gate = gate();
    String reviewId = UUID.randomUUID().toString();
    int tasks = WINDOW + 2;
    for (int shard = 0; shard < tasks; shard++) {
      send(reviewId, shard, "gate/" + gate + "/Slow.java");
    }

    await().atMost(PATIENCE).until(() -> gates.waiting(gate) == WINDOW);
    assertThat(gates.entries(gate)).isEqualTo(WINDOW);

    gates.open(gate);
    await().atMost(PATIENCE).until(() -> results(reviewId).size() == tasks);
    assertThat(results(reviewId))
        .extracting(AgentResult::status)
        .containsOnly(AgentResult.Status.COMPLETED);
    assertThat(gates.entries(gate)).isEqualTo(tasks);
    assertThat(gates.mostRunning()).isLessThanOrEqualTo(WINDOW);
  }

  @Test
  void shouldNotCommitPastAStuckTaskWhileLaterTasksFinish() throws Exception {
    String gate = gate();
    String reviewId = UUID.randomUUID().toString();
    RecordMetadata stuck = send(reviewId, 0, "gate/" + gate + "/Stuck.java");
    TopicPartition partition = new TopicPartition(TASKS, stuck.partition());
    await().atMost(PATIENCE).until(() -> gates.waiting(gate) == 1);
    RecordMetadata last = null;
    for (int shard = 1; shard <= 4; shard++) {
      last = send(reviewId, shard, "Quick.java");
    }
    await().atMost(PATIENCE).until(() -> results(reviewId).size() == 4);

    // A commit of another partition, made after the later tasks finished, shows a commit round ran.
    String otherReview = otherPartitionReview(stuck.partition());
    RecordMetadata other = send(otherReview, 0, "Quick.java");
    TopicPartition otherPartition = new TopicPartition(TASKS, other.partition());
    await().atMost(PATIENCE).until(() -> committed(otherPartition) > other.offset());
    assertThat(committed(partition)).isLessThanOrEqualTo(stuck.offset());

    gates.open(gate);
    long end = last.offset() + 1;
    await().atMost(PATIENCE).until(() -> committed(partition) == end);
    await().atMost(PATIENCE).until(() -> results(reviewId).size() == 5);
  }

  @Test
  void shouldSendAFailureInTheMiddleOfTheWindowThroughRetriesToTheDeadLetterTopic()
      throws Exception {
    String gate = gate();
    String reviewId = UUID.randomUUID().toString();
    RecordMetadata slow = send(reviewId, 0, "gate/" + gate + "/Slow.java");
    send(reviewId, 1, "outage/Flaky.java");
    RecordMetadata quick = send(reviewId, 2, "Quick.java");
    TopicPartition partition = new TopicPartition(TASKS, slow.partition());

    AgentResult failed =
        await()
            .atMost(PATIENCE)
            .until(
                () -> result(reviewId, 1),
                r -> r != null && r.status() == AgentResult.Status.FAILED);
    assertThat(failed.error().type()).isEqualTo("TransientAnalysisException");
    assertThat(probe.records(TASKS + Topics.DLT_SUFFIX, reviewId)).hasSize(1);
    assertThat(result(reviewId, 2).status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(gates.waiting(gate)).isEqualTo(1);
    assertThat(committed(partition)).isLessThanOrEqualTo(slow.offset());

    gates.open(gate);
    await().atMost(PATIENCE).until(() -> committed(partition) == quick.offset() + 1);
    assertThat(result(reviewId, 0).status()).isEqualTo(AgentResult.Status.COMPLETED);
  }

  @Test
  void shouldRedeliverATaskStillRunningWhenTheListenerStopped() throws Exception {
    String gate = gate();
    String reviewId = UUID.randomUUID().toString();
    RecordMetadata stuck = send(reviewId, 0, "gate/" + gate + "/Stuck.java");
    TopicPartition partition = new TopicPartition(TASKS, stuck.partition());
    await().atMost(PATIENCE).until(() -> gates.waiting(gate) == 1);
    MessageListenerContainer container = listeners.getListenerContainer(GROUP);

    try {
      container.stop();
      assertThat(committed(partition)).isLessThanOrEqualTo(stuck.offset());
      gates.open(gate);
      await().atMost(PATIENCE).until(() -> gates.waiting(gate) == 0);
      assertThat(committed(partition)).isLessThanOrEqualTo(stuck.offset());
    } finally {
      container.start();
    }

    // redelivered and answered once: the first run finished after its partition was given up,
    // so it published nothing (ADR 0003); the second reuses its rule results
    String taskId = reviewId + ":testagent:0";
    await().atMost(PATIENCE).until(() -> committed(partition) == stuck.offset() + 1);
    assertThat(results(reviewId).stream().filter(r -> r.taskId().equals(taskId))).hasSize(1);
  }

  @Test
  void shouldCommitPastATaskDeadLetteredOnTheConsumerThread() throws Exception {
    String reviewId = UUID.randomUUID().toString();
    String taskId = reviewId + ":testagent:0";
    ReviewTask foreign =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId,
            "bug",
            null,
            List.of(new ReviewTask.File("Quick.java", "java", "class Task {}", null)),
            null);
    RecordMetadata invalid = probe.sendTask(TASKS, reviewId, taskId, foreign);
    TopicPartition partition = new TopicPartition(TASKS, invalid.partition());

    await()
        .atMost(PATIENCE)
        .until(() -> probe.records(TASKS + Topics.DLT_SUFFIX, reviewId), r -> !r.isEmpty());
    await().atMost(PATIENCE).until(() -> committed(partition) == invalid.offset() + 1);
  }

  private String gate() {
    String name = "g" + UUID.randomUUID().toString().substring(0, 8);
    opened.add(name);
    return name;
  }

  private RecordMetadata send(String reviewId, int shard, String path) {
    String taskId = reviewId + ":testagent:" + shard;
    ReviewTask task =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId,
            "testagent",
            null,
            // content of its own: the rules cache would answer a repeated task without the gate
            List.of(new ReviewTask.File(path, "java", "class Task {} // " + taskId, null)),
            Instant.now().plusSeconds(300));
    return probe.sendTask(TASKS, reviewId, taskId, task);
  }

  /** A review id whose records land on a partition other than {@code partition}. */
  private String otherPartitionReview(int partition) {
    while (true) {
      String reviewId = UUID.randomUUID().toString();
      if (partitionOf(reviewId) != partition) {
        return reviewId;
      }
    }
  }

  private static int partitionOf(String key) {
    byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return org.apache.kafka.common.utils.Utils.toPositive(
            org.apache.kafka.common.utils.Utils.murmur2(bytes))
        % 3;
  }

  private long committed(TopicPartition partition) throws Exception {
    OffsetAndMetadata offset =
        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().get(partition);
    return offset == null ? -1 : offset.offset();
  }

  private List<AgentResult> results(String reviewId) {
    return probe.values(Topics.REVIEW_RESULTS, reviewId, AgentResult.class);
  }

  private AgentResult result(String reviewId, int shard) {
    String taskId = reviewId + ":testagent:" + shard;
    return results(reviewId).stream()
        .filter(r -> r.taskId().equals(taskId))
        .reduce((first, later) -> later)
        .orElse(null);
  }
}
