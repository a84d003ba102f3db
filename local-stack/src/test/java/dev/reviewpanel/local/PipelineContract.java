package dev.reviewpanel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline's promises, checked end to end through all five services on a real broker. Each
 * subclass supplies the broker: in-process KRaft here, a Testcontainers broker where Docker runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineContract {

  static final List<String> AGENTS = List.of("security", "bug", "performance");

  private final HttpClient http = HttpClient.newHttpClient();
  private KafkaProducer<String, String> producer;

  abstract LocalStack stack();

  @AfterAll
  void closeProducer() {
    if (producer != null) {
      producer.close();
    }
  }

  @Test
  void shouldReviewOverHttpWithEveryAgentAndReject() throws Exception {
    HttpResponse<String> accepted =
        post("/api/reviews", Files.readString(Path.of("../examples/request.json")));
    assertThat(accepted.statusCode()).isEqualTo(202);
    String reviewId = json(accepted.body()).path("reviewId").asString();

    JsonNode review = awaitFinished(reviewId);

    assertThat(review.path("status").asString()).isEqualTo("COMPLETE");
    JsonNode report = review.path("report");
    assertThat(report.path("decision").asString()).isEqualTo("REJECT");
    for (JsonNode agent : report.path("agents")) {
      assertThat(agent.path("status").asString()).as(agent.toString()).isEqualTo("COMPLETED");
      assertThat(agent.path("findings").asInt()).as(agent.toString()).isPositive();
    }
    assertThat(agentsOf(report)).containsExactlyInAnyOrderElementsOf(AGENTS);
    List<String> rules = ruleIds(report);
    assertThat(rules)
        .contains("java.sql-injection", "java.weak-hash", "python.mutable-default-argument");
    assertThat(report.path("findings").toString()).doesNotContain("s3cr3t-Passw0rd!");
  }

  @Test
  void shouldReviewARequestEnqueuedOnKafkaByAnotherService() throws Exception {
    String key = "orders-service-" + UUID.randomUUID();
    String reviewId =
        UUID.nameUUIDFromBytes(("idem:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    String request =
        """
        {"idempotencyKey": "%s",
         "files": [{"path": "app/db.py",
                    "content": "from flask import request\\n\\ndef find(cursor):\\n    name = request.args['name']\\n    cursor.execute(f\\"SELECT * FROM users WHERE name = '{name}'\\")\\n    return cursor.fetchall()\\n"}]}
        """
            .formatted(key);

    try (TopicReader reports = new TopicReader(stack().bootstrapServers(), Topics.REVIEW_REPORTS)) {
      send(Topics.REVIEW_REQUESTS, key, request, Map.of());

      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(reports.recordsWithKey(reviewId)).isNotEmpty());
      ReviewReport report =
          EventJson.mapper()
              .readValue(reports.recordsWithKey(reviewId).get(0).value(), ReviewReport.class);
      assertThat(report.status()).isEqualTo(ReviewReport.Status.COMPLETE);
      assertThat(report.decision()).isEqualTo(ReviewReport.Decision.REQUEST_CHANGES);
      assertThat(report.agents())
          .extracting(ReviewReport.AgentSummary::agent, ReviewReport.AgentSummary::status)
          .containsExactlyInAnyOrder(
              tuple("security", ReviewReport.AgentOutcome.COMPLETED),
              tuple("bug", ReviewReport.AgentOutcome.COMPLETED),
              tuple("performance", ReviewReport.AgentOutcome.COMPLETED));
      assertThat(report.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("python.sql-injection");
                assertThat(f.cwe()).isEqualTo("CWE-89");
                assertThat(f.location().startLine()).isEqualTo(5);
              });
    }
  }

  @Test
  void shouldDeadLetterMalformedRecordsAndKeepConsuming() throws Exception {
    List<String> topics =
        List.of(
            Topics.REVIEW_REQUESTS,
            Topics.tasks("security"),
            Topics.tasks("bug"),
            Topics.tasks("performance"));
    String marker = "not json " + UUID.randomUUID();
    for (String topic : topics) {
      send(topic, UUID.randomUUID().toString(), marker + " {", Map.of());
    }

    for (String topic : topics) {
      try (TopicReader dlt =
          new TopicReader(stack().bootstrapServers(), Topics.deadLetter(topic))) {
        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(
                () ->
                    assertThat(dlt.records())
                        .as(Topics.deadLetter(topic))
                        .anyMatch(r -> r.value() != null && r.value().startsWith(marker)));
      }
    }
    HttpResponse<String> accepted =
        post("/api/reviews", Files.readString(Path.of("../examples/request.json")));
    assertThat(
            awaitFinished(json(accepted.body()).path("reviewId").asString())
                .path("status")
                .asString())
        .isEqualTo("COMPLETE");
  }

  @Test
  void shouldListAndReplayDeadLettersWithOneCommand() throws Exception {
    String marker = "replay me " + UUID.randomUUID();
    String dltTopic = Topics.deadLetter(Topics.tasks("bug"));
    send(Topics.tasks("bug"), "k", marker, Map.of());
    try (TopicReader dlt = new TopicReader(stack().bootstrapServers(), dltTopic)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(dlt.records()).anyMatch(r -> marker.equals(r.value())));

      String listing = dlt("list", dltTopic);
      assertThat(listing).contains(marker).contains("reason=failed to deserialize");

      String replayed = dlt("replay", dltTopic);
      assertThat(replayed).contains("to " + Topics.tasks("bug"));
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(dlt.records())
                      .filteredOn(r -> marker.equals(r.value()))
                      .as("the replayed record failed again and came back")
                      .hasSizeGreaterThanOrEqualTo(2));
    }
  }

  private String dlt(String action, String topic) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8);
    int exit =
        ReviewPanelCommand.run(
            new String[] {
              "dlt", action, topic, "--bootstrap-servers=" + stack().bootstrapServers()
            },
            out,
            out);
    assertThat(exit).as(buffer.toString(StandardCharsets.UTF_8)).isZero();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldEndPartialLongBeforeTheDeadlineWhenATaskIsDeadLettered() throws Exception {
    String reviewId = UUID.randomUUID().toString();
    String securityTask = reviewId + ":security:0";
    String bugTask = reviewId + ":bug:0";
    ReviewPlan plan =
        new ReviewPlan(
            1,
            Instant.now(),
            reviewId,
            List.of(
                new ReviewPlan.PlannedTask(securityTask, "security"),
                new ReviewPlan.PlannedTask(bugTask, "bug")),
            Instant.now().plus(Duration.ofMinutes(10)),
            Instant.now(),
            null);
    String bugTaskJson =
        """
        {"schemaVersion":1,"reviewId":"%s","taskId":"%s","agent":"bug","shard":{"index":0,"count":1},
         "files":[{"path":"a.py","language":"python","content":"def f(x=[]):\\n    return x\\n"}],
         "deadline":"%s"}
        """
            .formatted(reviewId, bugTask, plan.deadline());

    try (TopicReader reports = new TopicReader(stack().bootstrapServers(), Topics.REVIEW_REPORTS)) {
      send(Topics.REVIEW_PLANS, reviewId, EventJson.mapper().writeValueAsString(plan), Map.of());
      send(Topics.tasks("bug"), reviewId, bugTaskJson, headers(reviewId, bugTask));
      send(Topics.tasks("security"), reviewId, "{ broken", headers(reviewId, securityTask));

      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(reports.recordsWithKey(reviewId)).isNotEmpty());
      ReviewReport report =
          EventJson.mapper()
              .readValue(reports.recordsWithKey(reviewId).get(0).value(), ReviewReport.class);
      assertThat(report.status()).isEqualTo(ReviewReport.Status.PARTIAL);
      assertThat(report.agents())
          .extracting(ReviewReport.AgentSummary::agent, ReviewReport.AgentSummary::status)
          .containsExactlyInAnyOrder(
              tuple("security", ReviewReport.AgentOutcome.FAILED),
              tuple("bug", ReviewReport.AgentOutcome.COMPLETED));
      assertThat(report.completedAt()).isBefore(plan.deadline().minus(Duration.ofMinutes(9)));
    }
  }

  static Map<String, String> headers(String reviewId, String taskId) {
    return Map.of("reviewpanel-review-id", reviewId, "reviewpanel-task-id", taskId);
  }

  void send(String topic, String key, String value, Map<String, String> headers) throws Exception {
    if (producer == null) {
      producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  stack().bootstrapServers(),
                  ProducerConfig.LINGER_MS_CONFIG,
                  0),
              new StringSerializer(),
              new StringSerializer());
    }
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
    producer.send(record).get();
  }

  JsonNode awaitFinished(String reviewId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> json(get("/api/reviews/" + reviewId).body()),
            // REPORT_READY (review-events) may be read a moment before the report itself
            // (review-reports): finished means the report is in the view
            review ->
                List.of("COMPLETE", "PARTIAL", "FAILED").contains(review.path("status").asString())
                    && review.path("report").isObject());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack().url("coordinator") + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack().url("coordinator") + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String body) {
    return EventJson.mapper().readTree(body);
  }

  static List<String> agentsOf(JsonNode report) {
    return StreamSupport.stream(report.path("agents").spliterator(), false)
        .map(a -> a.path("agent").asString())
        .toList();
  }

  static List<String> ruleIds(JsonNode report) {
    return StreamSupport.stream(report.path("findings").spliterator(), false)
        .map(f -> f.path("ruleId").asString())
        .toList();
  }
}
