package dev.reviewpanel.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.report.panel.AgentVotes;
import dev.reviewpanel.worker.testapp.TestWorkerApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@SpringBootTest(
    classes = TestWorkerApplication.class,
    properties = "spring.config.name=" + TestWorkerApplication.CONFIG_NAME)
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1",
      "group.initial.rebalance.delay.ms=0"
    })
@ExtendWith(OutputCaptureExtension.class)
class ReviewWorkerIntegrationTests {

  private static final String TASKS = "review-tasks-testagent";
  private static final String DLT = "review-tasks-testagent-dlt";
  private static final Duration PATIENCE = Duration.ofSeconds(45);
  // What OutageAnalyzer's failure message quotes from the "source".
  private static final String OUTAGE_SECRET = "outage-s3cr3t-value";
  private static final int FOUR_MIB = 4 * 1024 * 1024;

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired MeterRegistry meters;
  @Autowired PrometheusMeterRegistry prometheus;

  private KafkaProbe probe;

  @BeforeEach
  void connect() {
    probe =
        new KafkaProbe(
            broker.getBrokersAsString(), List.of(Topics.REVIEW_RESULTS, Topics.REVIEW_EVENTS, DLT));
  }

  @AfterEach
  void disconnect() {
    probe.close();
  }

  @Test
  void shouldReuseTheRulesResultsOfAnIdenticalTaskAndAnalyzeAChangedOne() throws IOException {
    String first = UUID.randomUUID().toString();
    String marker = "// " + UUID.randomUUID() + "\n";
    probe.sendTask(TASKS, first, taskId(first), withPrefix(task(first, "Shutdown.java"), marker));
    AgentResult analyzed = awaitResult(first);
    double hits = ruleCache("hit");
    double misses = ruleCache("miss");

    String second = UUID.randomUUID().toString();
    probe.sendTask(
        TASKS, second, taskId(second), withPrefix(task(second, "Shutdown.java"), marker));
    AgentResult reused = awaitResult(second);
    String third = UUID.randomUUID().toString();
    probe.sendTask(
        TASKS, third, taskId(third), withPrefix(task(third, "Shutdown.java"), marker + "\n"));
    AgentResult changed = awaitResult(third);

    assertThat(reused.findings()).isEqualTo(analyzed.findings()).hasSize(1);
    assertThat(reused.stats().files()).isEqualTo(1);
    assertThat(ruleCache("hit")).isEqualTo(hits + 1);
    assertThat(changed.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.location().startLine()).isEqualTo(9));
    assertThat(ruleCache("miss")).isEqualTo(misses + 1);
    assertThat(ruleCache("stored")).isPositive();
  }

  @Test
  void shouldPublishCompletedResultWithFindingAndEvents() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    probe.sendTask(
        TASKS, reviewId, taskId(reviewId), task(reviewId, "Shutdown.java", "SafeShutdown.java"));

    AgentResult result = awaitResult(reviewId);

    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.taskId()).isEqualTo(taskId(reviewId));
    assertThat(result.agent()).isEqualTo("testagent");
    assertThat(result.workerId()).startsWith("testagent-worker-");
    assertThat(result.stats().files()).isEqualTo(2);
    assertThat(result.error()).isNull();
    // the worker votes on its own findings by the review-report function
    assertThat(result.vote())
        .isEqualTo(AgentVotes.of(result.findings(), 2, result.notAnalyzed(), false));
    assertThat(result.vote().reason())
        .contains("strongest: test.system-exit at src/Shutdown.java:7");
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("test.system-exit");
              assertThat(f.location().path()).isEqualTo("src/Shutdown.java");
              assertThat(f.location().startLine()).isEqualTo(7);
              assertThat(f.snippet()).isEqualTo("System.exit(1);");
            });
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(eventTypes(reviewId))
                    .containsExactly(
                        ReviewEvent.Type.AGENT_STARTED,
                        ReviewEvent.Type.FINDING,
                        ReviewEvent.Type.AGENT_COMPLETED));
    assertThat(
            meters
                .get("review.findings")
                .tags("agent", "testagent", "severity", "MEDIUM", "category", "reliability")
                .counter()
                .count())
        .isPositive();
    assertThat(meters.get("review.agent.duration").tag("agent", "testagent").timer().count())
        .isPositive();
    // what Prometheus scrapes: our meters with their tags and SLO buckets, the Kafka clients' own
    assertThat(prometheus.scrape())
        .contains(
            "review_agent_duration_seconds_bucket{agent=\"testagent\","
                + "application=\"testagent-worker\",le=\"0.1\"}")
        .contains(
            "review_findings_total{agent=\"testagent\",application=\"testagent-worker\","
                + "category=\"reliability\",severity=\"MEDIUM\"}")
        .contains(
            "review_tasks_total{agent=\"testagent\",application=\"testagent-worker\","
                + "outcome=\"completed\"}")
        .containsPattern(
            "kafka_consumer_fetch_manager_records_lag_max\\{application=\"testagent-worker\","
                + "client_id=\"testagent-worker-[0-9]\"")
        .containsPattern(
            "kafka_producer_record_send_total\\{application=\"testagent-worker\","
                + "client_id=\"testagent-worker-producer")
        .containsPattern(
            "spring_kafka_listener_seconds_bucket\\{application=\"testagent-worker\",[^}]*"
                + "le=\"0.05\"");
    ReviewEvent finding = events(reviewId).get(1);
    assertThat(finding.data())
        .containsEntry("ruleId", "test.system-exit")
        .containsEntry("severity", "MEDIUM")
        .containsEntry("path", "src/Shutdown.java")
        .containsEntry("line", 7)
        .containsEntry("fingerprint", result.findings().get(0).fingerprint());
    assertThat(events(reviewId).get(2).data()).containsEntry("taskId", taskId(reviewId));
  }

  @Test
  void shouldStopAtTheTaskDeadlineAndSayWhatWasNotAnalyzed() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    // content of its own: an identical task analyzed before would be answered from the cache
    ReviewTask valid = withPrefix(task(reviewId, "Shutdown.java"), "// " + reviewId + "\n");
    ReviewTask late =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId(reviewId),
            "testagent",
            null,
            valid.files(),
            Instant.now().minusSeconds(1));
    probe.sendTask(TASKS, reviewId, taskId(reviewId), late);

    AgentResult result = awaitResult(reviewId);

    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.stats().files()).isZero();
    assertThat(result.error().type()).isEqualTo("BudgetExhausted");
    assertThat(result.error().message()).contains("src/Shutdown.java");
    assertThat(result.vote().vote()).isEqualTo(ReviewReport.Decision.APPROVE);
    assertThat(result.vote().confidence()).as("it analyzed nothing").isEqualTo(Confidence.LOW);
  }

  @Test
  void shouldDeadLetterUnreadableRecordReportItFailedAndKeepConsuming() throws IOException {
    String poisonReview = UUID.randomUUID().toString();
    byte[] poison = "{this is not json".getBytes(StandardCharsets.UTF_8);
    probe.send(TASKS, poisonReview, taskId(poisonReview), poison);
    String nextReview = UUID.randomUUID().toString();
    probe.sendTask(TASKS, nextReview, taskId(nextReview), task(nextReview, "Shutdown.java"));

    AgentResult failed = awaitResult(poisonReview);
    assertThat(failed.status()).isEqualTo(AgentResult.Status.FAILED);
    assertThat(failed.taskId()).isEqualTo(taskId(poisonReview));
    assertThat(failed.error().type()).isEqualTo("DeserializationException");
    assertThat(failed.vote()).as("a failed task abstains").isNull();
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(poisonReview);
    assertThat(dead.value()).isEqualTo(poison);
    assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
    assertThat(KafkaProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(TASKS);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> assertThat(eventTypes(poisonReview)).contains(ReviewEvent.Type.AGENT_FAILED));
    assertThat(awaitResult(nextReview).status()).isEqualTo(AgentResult.Status.COMPLETED);
  }

  @Test
  void shouldDeadLetterTaskForAnotherAgentWithoutRetrying() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    double retriedBefore = retried();
    ReviewTask valid = task(reviewId, "Shutdown.java");
    ReviewTask foreign =
        new ReviewTask(1, null, reviewId, taskId(reviewId), "bug", null, valid.files(), null);
    probe.sendTask(TASKS, reviewId, taskId(reviewId), foreign);

    AgentResult failed = awaitResult(reviewId);

    assertThat(failed.status()).isEqualTo(AgentResult.Status.FAILED);
    assertThat(failed.error().type()).isEqualTo("InvalidTaskException");
    assertThat(failed.error().message()).contains("agent is 'bug'");
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(reviewId);
    assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
        .endsWith("InvalidTaskException");
    assertThat(failed.error().message()).doesNotStartWith("Listener failed");
    assertThat(retried()).isEqualTo(retriedBefore);
  }

  @Test
  void shouldDeadLetterTaskThatKeepsFailingTransientlyAfterTheRetries(CapturedOutput output)
      throws IOException {
    String reviewId = UUID.randomUUID().toString();
    double retriedBefore = retried();
    ReviewTask valid = task(reviewId, "Shutdown.java");
    ReviewTask flaky =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId(reviewId),
            "testagent",
            null,
            List.of(
                new ReviewTask.File(
                    "outage/Shutdown.java", "java", valid.files().get(0).content(), null)),
            Instant.now().plusSeconds(120));
    probe.sendTask(TASKS, reviewId, taskId(reviewId), flaky);

    AgentResult failed = awaitResult(reviewId);

    assertThat(failed.status()).isEqualTo(AgentResult.Status.FAILED);
    assertThat(failed.taskId()).isEqualTo(taskId(reviewId));
    assertThat(failed.error().type()).isEqualTo("TransientAnalysisException");
    assertThat(failed.error().message()).contains("HTTP 503");
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(reviewId);
    assertThat(KafkaProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(TASKS);
    assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-message")).contains("HTTP 503");
    assertThat(KafkaProbe.header(dead, "retry_topic-attempts")).isNotNull();
    assertThat(retried() - retriedBefore).isEqualTo(2.0);
    assertThat(results(reviewId)).hasSize(1);
    assertThat(failed.error().message()).doesNotContain(OUTAGE_SECRET);
    assertThat(output)
        .contains("failed on attempt 3 of 3", "was dead-lettered", "Sending to DLT")
        .doesNotContain(OUTAGE_SECRET);
  }

  @Test
  void shouldForwardTaskLargerThanKafkasDefaultRecordLimitThroughRetriesToTheDeadLetterTopic()
      throws IOException {
    String reviewId = UUID.randomUUID().toString();
    ReviewTask valid = task(reviewId, "Shutdown.java");
    ReviewTask large =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId(reviewId),
            "testagent",
            null,
            List.of(
                new ReviewTask.File(
                    "outage/Shutdown.java", "java", valid.files().get(0).content(), null),
                new ReviewTask.File("docs/notes.txt", null, "x".repeat(2 * 1024 * 1024), null)),
            Instant.now().plusSeconds(120));
    byte[] body = EventJson.mapper().writeValueAsBytes(large);
    probe.send(TASKS, reviewId, taskId(reviewId), body);

    AgentResult failed = awaitResult(reviewId);

    assertThat(failed.status()).isEqualTo(AgentResult.Status.FAILED);
    assertThat(failed.error().type()).isEqualTo("TransientAnalysisException");
    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(reviewId);
    assertThat(dead.value()).hasSize(body.length).isEqualTo(body);
    assertThat(KafkaProbe.header(dead, "retry_topic-attempts")).isNotNull();
  }

  @Test
  void shouldNeverAnalyzeTaskWhoseTransactionWasAborted() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    String abortedTask = reviewId + ":testagent:0";
    String committedTask = reviewId + ":testagent:1";
    // Same key, same partition: the aborted record comes first and would be analyzed first.
    probe.sendAborted(
        TASKS, reviewId, abortedTask, taskWithId(reviewId, abortedTask, "Shutdown.java"));
    probe.sendTask(
        TASKS, reviewId, committedTask, taskWithId(reviewId, committedTask, "Shutdown.java"));

    AgentResult result = awaitResult(reviewId);

    assertThat(result.taskId()).isEqualTo(committedTask);
    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(results(reviewId)).extracting(AgentResult::taskId).containsExactly(committedTask);
    assertThat(events(reviewId))
        .allSatisfy(e -> assertThat(e.data()).doesNotContainEntry("taskId", abortedTask));
  }

  @Test
  void shouldNotReportDeadLetterWhoseTransactionWasAborted() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    String abortedTask = reviewId + ":testagent:0";
    String committedTask = reviewId + ":testagent:1";
    probe.sendAborted(
        DLT, reviewId, abortedTask, taskWithId(reviewId, abortedTask, "Shutdown.java"));
    probe.sendTask(
        DLT, reviewId, committedTask, taskWithId(reviewId, committedTask, "Shutdown.java"));

    AgentResult failed = awaitResult(reviewId);

    assertThat(failed.taskId()).isEqualTo(committedTask);
    assertThat(failed.status()).isEqualTo(AgentResult.Status.FAILED);
    assertThat(results(reviewId)).extracting(AgentResult::taskId).containsExactly(committedTask);
  }

  @Test
  void shouldDeclareRetryAndDeadLetterTopicsWithTheTaskTopicsPartitions() throws Exception {
    try (AdminClient admin =
        AdminClient.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      Map<String, TopicDescription> topics =
          admin
              .describeTopics(List.of(TASKS, TASKS + "-retry-0", TASKS + "-retry-1", DLT))
              .allTopicNames()
              .get();

      assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
    }
  }

  @Test
  void shouldDeclareTaskRetryAndDeadLetterTopicsForTheLargestTask() throws Exception {
    try (AdminClient admin =
        AdminClient.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      List<ConfigResource> topics =
          List.of(TASKS, TASKS + "-retry-0", TASKS + "-retry-1", DLT).stream()
              .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
              .toList();
      Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get();

      assertThat(configs).hasSize(4);
      assertThat(configs.values())
          .allSatisfy(
              c ->
                  assertThat(c.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
                      .isEqualTo(String.valueOf(FOUR_MIB)));
    }
  }

  private AgentResult awaitResult(String reviewId) {
    return await().atMost(PATIENCE).until(() -> results(reviewId), r -> !r.isEmpty()).get(0);
  }

  private List<AgentResult> results(String reviewId) {
    return probe.values(Topics.REVIEW_RESULTS, reviewId, AgentResult.class);
  }

  private ConsumerRecord<String, byte[]> awaitDeadLetter(String reviewId) {
    return await()
        .atMost(PATIENCE)
        .until(() -> probe.records(DLT, reviewId), r -> !r.isEmpty())
        .get(0);
  }

  private List<ReviewEvent> events(String reviewId) {
    return probe.values(Topics.REVIEW_EVENTS, reviewId, ReviewEvent.class);
  }

  private List<ReviewEvent.Type> eventTypes(String reviewId) {
    return events(reviewId).stream().map(ReviewEvent::type).toList();
  }

  private double ruleCache(String outcome) {
    return meters
        .get("review.rules.cache")
        .tags("agent", "testagent", "outcome", outcome)
        .counter()
        .count();
  }

  private static ReviewTask withPrefix(ReviewTask task, String prefix) {
    List<ReviewTask.File> files =
        task.files().stream()
            .map(f -> new ReviewTask.File(f.path(), f.language(), prefix + f.content(), null))
            .toList();
    return new ReviewTask(
        1, null, task.reviewId(), task.taskId(), task.agent(), null, files, task.deadline());
  }

  private double retried() {
    return meters.get("review.tasks").tag("outcome", "retried").counter().count();
  }

  private static String taskId(String reviewId) {
    return reviewId + ":testagent:0";
  }

  private static ReviewTask task(String reviewId, String... fixtures) throws IOException {
    return taskWithId(reviewId, taskId(reviewId), fixtures);
  }

  private static ReviewTask taskWithId(String reviewId, String taskId, String... fixtures)
      throws IOException {
    List<ReviewTask.File> files = new java.util.ArrayList<>();
    for (String fixture : fixtures) {
      files.add(new ReviewTask.File("src/" + fixture, "java", fixture(fixture), null));
    }
    return new ReviewTask(
        1, null, reviewId, taskId, "testagent", null, files, Instant.now().plusSeconds(120));
  }

  static String fixture(String name) throws IOException {
    try (InputStream in =
        ReviewWorkerIntegrationTests.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
