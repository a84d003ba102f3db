package dev.reviewpanel.bug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import java.io.IOException;
import java.io.InputStream;
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

@SpringBootTest(properties = "spring.config.name=" + BugWorkerApplication.CONFIG_NAME)
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1"
    })
class BugWorkerApplicationTests {

  @Autowired List<Analyzer> analyzers;
  @Autowired EmbeddedKafkaBroker broker;

  @Test
  void shouldRegisterEveryBugAnalyzer() {
    assertThat(analyzers)
        .extracting(Analyzer::name)
        .containsExactlyInAnyOrder(
            "java-string-identity",
            "java-equals-hashcode",
            "java-unclosed-resource",
            "java-swallowed-exception",
            "java-null-dereference",
            "java-self-assignment",
            "java-abs-hash-modulo",
            "java-modified-during-iteration",
            "java-optional-get",
            "python-mutable-default",
            "python-broad-except",
            "python-comparison",
            "javascript-loose-equality",
            "javascript-missing-await",
            "javascript-empty-catch",
            "unreachable-code",
            "java-self-comparison",
            "same-operand",
            "python-mutable-class-attribute",
            "python-unclosed-resource",
            "python-missing-await");
  }

  @Test
  void shouldAnswerATaskWithTheFindingsOfEveryLanguage() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    String taskId = reviewId + ":bug:0";
    ReviewTask task =
        new ReviewTask(
            ReviewTask.SCHEMA_VERSION,
            null,
            reviewId,
            taskId,
            "bug",
            null,
            List.of(
                file("src/StringIdentity.java", "java", "fixtures/java/StringIdentity.java"),
                file("app/comparisons.py", "python", "fixtures/python/comparisons.py"),
                file("web/empty-catch.js", "javascript", "fixtures/javascript/empty-catch.js"),
                file("web/missing-await.ts", "typescript", "fixtures/typescript/missing-await.ts")),
            Instant.now().plusSeconds(60));

    send(Topics.tasks("bug"), reviewId, taskId, EventJson.mapper().writeValueAsBytes(task));
    AgentResult result = awaitResult(reviewId);

    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.agent()).isEqualTo("bug");
    assertThat(result.taskId()).isEqualTo(taskId);
    assertThat(result.stats().files()).isEqualTo(4);
    assertThat(result.findings())
        .extracting(f -> f.location().path() + ":" + f.ruleId())
        .contains(
            "src/StringIdentity.java:java.string-identity",
            "app/comparisons.py:python.is-literal",
            "app/comparisons.py:python.none-equality",
            "web/empty-catch.js:javascript.empty-catch",
            "web/missing-await.ts:javascript.missing-await",
            "web/missing-await.ts:javascript.floating-promise");
    assertThat(result.findings()).extracting(Finding::agent).containsOnly("bug");
  }

  private AgentResult awaitResult(String reviewId) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "bug-test-" + reviewId,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<AgentResult> results = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.REVIEW_RESULTS));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .records(Topics.REVIEW_RESULTS)
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

  private void send(String topic, String reviewId, String taskId, byte[] value) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            ProducerConfig.LINGER_MS_CONFIG,
            0);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, reviewId, value);
      record.headers().add("reviewpanel-review-id", reviewId.getBytes(StandardCharsets.UTF_8));
      record.headers().add("reviewpanel-task-id", taskId.getBytes(StandardCharsets.UTF_8));
      producer.send(record);
      producer.flush();
    }
  }

  private static ReviewTask.File file(String path, String language, String resource)
      throws IOException {
    try (InputStream in =
        BugWorkerApplicationTests.class.getClassLoader().getResourceAsStream(resource)) {
      return new ReviewTask.File(
          path, language, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    }
  }
}
