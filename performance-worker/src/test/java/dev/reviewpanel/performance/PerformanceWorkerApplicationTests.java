package dev.reviewpanel.performance;

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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@SpringBootTest(
    properties = {
      "spring.config.name=" + PerformanceWorkerApplication.CONFIG_NAME,
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"
    })
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "offsets.topic.replication.factor=1"
    })
class PerformanceWorkerApplicationTests {

  private static final int ANALYZERS = 23;

  @Autowired List<Analyzer> analyzers;
  @Autowired EmbeddedKafkaBroker broker;

  @Test
  void shouldRegisterEveryAnalyzerOnceWithDistinctNames() {
    assertThat(analyzers).hasSize(ANALYZERS);
    assertThat(analyzers.stream().map(Analyzer::name).distinct()).hasSize(ANALYZERS);
  }

  @Test
  void shouldAnalyzeTaskFromKafkaAndPublishItsFindings() throws IOException {
    String reviewId = UUID.randomUUID().toString();
    String taskId = reviewId + ":performance:0";
    ReviewTask task =
        new ReviewTask(
            1,
            null,
            reviewId,
            taskId,
            "performance",
            null,
            List.of(
                new ReviewTask.File(
                    "src/OrderService.java", "java", fixture("java/NPlusOne.java"), null),
                new ReviewTask.File(
                    "web/orders.ts", "typescript", fixture("typescript/orders.ts"), null)),
            Instant.now().plusSeconds(120));

    send(reviewId, taskId, EventJson.mapper().writeValueAsString(task));

    AgentResult result = awaitResult(reviewId);
    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.agent()).isEqualTo("performance");
    assertThat(result.findings())
        .extracting(f -> f.location().path() + ":" + f.ruleId() + "@" + f.location().startLine())
        .contains(
            "src/OrderService.java:java.n-plus-one@34",
            "web/orders.ts:javascript.n-plus-one@14",
            "web/orders.ts:javascript.sync-io-in-handler@26");
    assertThat(result.findings()).extracting(Finding::agent).containsOnly("performance");
  }

  private void send(String reviewId, String taskId, String json) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(Topics.tasks("performance"), reviewId, json);
      record.headers().add("reviewpanel-review-id", reviewId.getBytes(StandardCharsets.UTF_8));
      record.headers().add("reviewpanel-task-id", taskId.getBytes(StandardCharsets.UTF_8));
      producer.send(record);
    }
  }

  private AgentResult awaitResult(String reviewId) {
    List<AgentResult> results = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + reviewId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
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

  private static String fixture(String name) throws IOException {
    try (InputStream in =
        PerformanceWorkerApplicationTests.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
