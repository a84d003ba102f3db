package dev.reviewpanel.coordinator;

import static dev.reviewpanel.coordinator.TopicReader.hasKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.report.Reports;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest(
    properties = {
      "spring.config.name=coordinator",
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "review.security.api-keys=it-key",
      "review.agents.registry[0].id=security",
      "review.agents.registry[0].languages=java,python,javascript,typescript",
      "review.agents.registry[1].id=bug",
      "review.agents.registry[1].languages=java,python,javascript,typescript",
      "review.agents.registry[2].id=performance",
      "review.agents.registry[2].languages=java,python,javascript,typescript",
      "review.agents.registry[3].id=accessibility",
      "review.agents.registry[3].languages=javascript"
    })
@AutoConfigureMockMvc
@EmbeddedKafka(
    partitions = 3,
    topics = Topics.REVIEW_REPORTS,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class CoordinatorKafkaIntegrationTests {

  private static final String KEY = "it-key";

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Test
  void shouldPublishPlanTasksAndEventsForAPostedReview() throws Exception {
    String id = submit(reviewJson(null));
    TopicReader reader = new TopicReader(brokers);

    ConsumerRecord<String, String> planRecord =
        single(reader.readUntil(Topics.REVIEW_PLANS, hasKey(id, 1)), id);
    ReviewPlan plan = EventJson.mapper().readValue(planRecord.value(), ReviewPlan.class);
    assertThat(plan.tasks())
        .extracting(ReviewPlan.PlannedTask::taskId)
        .containsExactly(
            id + ":security:0", id + ":bug:0", id + ":performance:0", id + ":accessibility:0");
    assertThat(planRecord.headers().lastHeader("__TypeId__")).isNull();

    ConsumerRecord<String, String> security =
        single(reader.readUntil(Topics.tasks("security"), hasKey(id, 1)), id);
    assertThat(header(security, "reviewpanel-review-id")).isEqualTo(id);
    assertThat(header(security, "reviewpanel-task-id")).isEqualTo(id + ":security:0");
    ReviewTask task = EventJson.mapper().readValue(security.value(), ReviewTask.class);
    assertThat(task.files())
        .extracting(ReviewTask.File::path)
        .containsExactly("src/Order.java", "ui/button.js");
    assertThat(task.deadline()).isEqualTo(plan.deadline());

    ConsumerRecord<String, String> accessibility =
        single(reader.readUntil(Topics.tasks("accessibility"), hasKey(id, 1)), id);
    assertThat(EventJson.mapper().readValue(accessibility.value(), ReviewTask.class).files())
        .extracting(ReviewTask.File::path)
        .containsExactly("ui/button.js");

    List<ReviewEvent> events =
        reader.readUntil(Topics.REVIEW_EVENTS, hasKey(id, 2)).stream()
            .filter(r -> id.equals(r.key()))
            .map(r -> EventJson.mapper().readValue(r.value(), ReviewEvent.class))
            .toList();
    assertThat(events)
        .extracting(ReviewEvent::type)
        .containsExactly(ReviewEvent.Type.ACCEPTED, ReviewEvent.Type.PLANNED);
    assertThat(events.get(1).data()).containsEntry("tasks", 4);
    assertThat(meters.counter("review.requests", "outcome", "accepted").count()).isPositive();
  }

  @Test
  void shouldPublishNothingForARepeatedIdempotencyKey() throws Exception {
    String key = "ci-" + UUID.randomUUID();
    String id = submit(reviewJson(key));
    assertThat(id).isEqualTo(ReviewIds.forIdempotencyKey(key));
    TopicReader reader = new TopicReader(brokers);
    reader.readUntil(Topics.REVIEW_PLANS, hasKey(id, 1));
    var plansBefore = reader.endOffsets(Topics.REVIEW_PLANS);
    var tasksBefore = reader.endOffsets(Topics.tasks("security"));
    var eventsBefore = reader.endOffsets(Topics.REVIEW_EVENTS);

    mvc.perform(
            post("/api/reviews")
                .header("X-API-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(reviewJson(key)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewId").value(id))
        .andExpect(jsonPath("$.outcome").value("duplicate"));

    assertThat(reader.endOffsets(Topics.REVIEW_PLANS)).isEqualTo(plansBefore);
    assertThat(reader.endOffsets(Topics.tasks("security"))).isEqualTo(tasksBefore);
    assertThat(reader.endOffsets(Topics.REVIEW_EVENTS)).isEqualTo(eventsBefore);
  }

  @Test
  void shouldDeadLetterInvalidRecordsAndPlanTheNextValidOne() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String validKey = "orders-pr-" + run;
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.REVIEW_REQUESTS, "bad-json-" + run, "{not json"));
      producer.send(
          new ProducerRecord<>(
              Topics.REVIEW_REQUESTS,
              "bad-path-" + run,
              "{\"files\": [{\"path\": \"/etc/passwd\", \"content\": \"x\"}]}"));
      producer.send(
          new ProducerRecord<>(
              Topics.REVIEW_REQUESTS,
              "bad-config-" + run,
              "{\"config\": \"fail-on: sometimes\\n\", "
                  + "\"files\": [{\"path\": \"a.py\", \"content\": \"x\"}]}"));
      producer.send(new ProducerRecord<>(Topics.REVIEW_REQUESTS, validKey, reviewJson(null)));
    }
    TopicReader reader = new TopicReader(brokers);

    List<ConsumerRecord<String, String>> dead =
        reader.readUntil(
            Topics.deadLetter(Topics.REVIEW_REQUESTS),
            records ->
                hasKey("bad-json-" + run, 1).test(records)
                    && hasKey("bad-path-" + run, 1).test(records)
                    && hasKey("bad-config-" + run, 1).test(records));
    ConsumerRecord<String, String> badJson = single(dead, "bad-json-" + run);
    assertThat(badJson.value()).isEqualTo("{not json");
    assertThat(header(badJson, "reviewpanel-rejection-reason")).startsWith("malformed_request");
    assertThat(badJson.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
    ConsumerRecord<String, String> badPath = single(dead, "bad-path-" + run);
    assertThat(header(badPath, "reviewpanel-rejection-reason"))
        .startsWith("invalid_path")
        .contains("files[0].path");
    assertThat(header(badPath, "kafka_dlt-original-topic")).isEqualTo(Topics.REVIEW_REQUESTS);
    assertThat(header(single(dead, "bad-config-" + run), "reviewpanel-rejection-reason"))
        .startsWith("invalid_config")
        .contains("line 1: fail-on must be one of");

    String id = ReviewIds.forIdempotencyKey(validKey);
    reader.readUntil(Topics.REVIEW_PLANS, hasKey(id, 1));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/reviews/" + id).header("X-API-Key", KEY))
                    .andExpect(status().isOk()));
  }

  @Test
  void shouldReflectAPublishedReportInTheReadModel() throws Exception {
    String id = submit(reviewJson(null));
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(
          new ProducerRecord<>(
              Topics.REVIEW_REPORTS,
              id,
              EventJson.mapper().writeValueAsString(Reports.sample(id))));
      ReviewEvent ready =
          ReviewEvent.of(id, ReviewEvent.Type.REPORT_READY, null, Map.of("status", "PARTIAL"));
      producer.send(
          new ProducerRecord<>(
              Topics.REVIEW_EVENTS, id, EventJson.mapper().writeValueAsString(ready)));
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/reviews/" + id).header("Authorization", "Bearer " + KEY))
                    .andExpect(jsonPath("$.status").value("PARTIAL"))
                    .andExpect(jsonPath("$.report.riskScore").value(87)));
    String markdown =
        mvc.perform(
                get("/api/reviews/" + id + "/report")
                    .header("X-API-Key", KEY)
                    .accept("text/markdown"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(markdown).contains("# Review " + id).contains("| CRITICAL | 1 | 0 | 0 | 1 |");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              MvcResult started =
                  mvc.perform(get("/api/reviews/" + id + "/events").header("X-API-Key", KEY))
                      .andExpect(request().asyncStarted())
                      .andReturn();
              assertThat(
                      mvc.perform(asyncDispatch(started))
                          .andReturn()
                          .getResponse()
                          .getContentAsString())
                  .containsSubsequence("event:ACCEPTED", "event:PLANNED", "event:REPORT_READY");
            });
  }

  @Test
  void shouldRequireTheApiKeyButLeaveHealthOpen() throws Exception {
    mvc.perform(
            post("/api/reviews").contentType(MediaType.APPLICATION_JSON).content(reviewJson(null)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("unauthorized"));
    mvc.perform(get("/api/reviews/" + UUID.randomUUID()).header("X-API-Key", "wrong"))
        .andExpect(status().isUnauthorized());
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
        .isNotEqualTo(401);
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    String metrics =
        mvc.perform(get("/actuator/prometheus"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(metrics)
        .contains("review_requests_total{application=\"coordinator\",outcome=\"rejected\"}")
        // the Kafka clients of the coordinator's own factories report to Micrometer (lag included)
        .containsPattern(
            "kafka_consumer_fetch_manager_records_lag_max\\{application=\"coordinator\","
                + "client_id=\"coordinator-intake-")
        .containsPattern(
            "kafka_consumer_fetch_manager_records_lag_max\\{application=\"coordinator\","
                + "client_id=\"coordinator-readmodel-")
        .contains("jvm_memory_used_bytes{application=\"coordinator\"")
        .contains("process_cpu_usage{application=\"coordinator\"}");
  }

  private String submit(String json) throws Exception {
    String location =
        mvc.perform(
                post("/api/reviews")
                    .header("X-API-Key", KEY)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    return location.substring("/api/reviews/".length());
  }

  private static String reviewJson(String idempotencyKey) {
    String key = idempotencyKey == null ? "" : "\"idempotencyKey\": \"" + idempotencyKey + "\",";
    return "{"
        + key
        + "\"source\": {\"repository\": \"acme/shop\"},"
        + "\"files\": ["
        + "{\"path\": \"src/Order.java\", \"content\": \"class Order {}\\n\"},"
        + "{\"path\": \"ui/button.js\", \"content\": \"export const b = 1;\\n\"},"
        + "{\"path\": \"docs/notes.md\", \"content\": \"# notes\\n\"}]}";
  }

  private KafkaProducer<String, String> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.LINGER_MS_CONFIG, 0),
        new StringSerializer(),
        new StringSerializer());
  }

  private static ConsumerRecord<String, String> single(
      List<ConsumerRecord<String, String>> records, String key) {
    List<ConsumerRecord<String, String>> matching =
        records.stream().filter(r -> key.equals(r.key())).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header " + name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
