package dev.reviewpanel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@SpringBootTest(
    classes = SecurityWorkerApplication.class,
    properties = {
      "spring.config.name=" + SecurityWorkerApplication.CONFIG_NAME,
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"
    })
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1"
    })
class SecurityWorkerApplicationTests {

  private static final String TASKS = Topics.tasks("security");

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired AnalysisEngine engine;
  @Autowired List<Analyzer> analyzers;

  @Test
  void shouldRegisterEveryAnalyzerWithTheEngine() {
    assertThat(engine.agent()).isEqualTo("security");
    assertThat(engine.analyzers()).hasSize(25).containsExactlyInAnyOrderElementsOf(analyzers);
    for (Language language : Language.values()) {
      assertThat(analyzers).anyMatch(a -> a.languages().contains(language));
    }
    assertThat(analyzers).extracting(Analyzer::name).doesNotHaveDuplicates();
  }

  @Test
  void shouldAnswerATaskWithTheFindingsOfEveryLanguage() {
    String reviewId = UUID.randomUUID().toString();
    String taskId = reviewId + ":security:0";
    Map<String, Fixture> files =
        Map.of(
            "src/UserQueries.java", Fixture.load("java/SqlInjection.java", Language.JAVA),
            "app/weak_hash.py", Fixture.load("python/weak_hash.py", Language.PYTHON),
            "web/xss.ts", Fixture.load("typescript/xss.ts", Language.TYPESCRIPT));
    List<ReviewTask.File> taskFiles = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    files.forEach(
        (path, fixture) -> {
          taskFiles.add(
              new ReviewTask.File(
                  path, fixture.file().language().id(), fixture.file().content(), null));
          fixture.expected().forEach(e -> expected.add(e.replace("@", "@" + path + ":")));
        });
    ReviewTask task =
        new ReviewTask(
            1, null, reviewId, taskId, "security", null, taskFiles, Instant.now().plusSeconds(120));

    send(reviewId, taskId, EventJson.mapper().writeValueAsBytes(task));

    AgentResult result = awaitResult(reviewId);
    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.taskId()).isEqualTo(taskId);
    assertThat(result.stats().files()).isEqualTo(3);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(7);
    assertThat(result.findings())
        .extracting(f -> f.ruleId() + "@" + f.location().path() + ":" + f.location().startLine())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.findings())
        .allSatisfy(
            f -> {
              assertThat(f.agent()).isEqualTo("security");
              assertThat(f.fingerprint()).hasSize(32);
              assertThat(f.snippet()).isNotBlank();
            });
  }

  private void send(String reviewId, String taskId, byte[] value) {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(TASKS, reviewId, value);
      record.headers().add("reviewpanel-review-id", reviewId.getBytes(StandardCharsets.UTF_8));
      record.headers().add("reviewpanel-task-id", taskId.getBytes(StandardCharsets.UTF_8));
      producer.send(record);
    }
  }

  private AgentResult awaitResult(String reviewId) {
    List<AgentResult> results = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + reviewId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.REVIEW_RESULTS));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          if (reviewId.equals(r.key())) {
                            results.add(EventJson.mapper().readValue(r.value(), AgentResult.class));
                          }
                        });
                return !results.isEmpty();
              });
    }
    return results.get(0);
  }
}
