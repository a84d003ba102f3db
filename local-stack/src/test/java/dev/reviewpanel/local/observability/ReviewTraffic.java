package dev.reviewpanel.local.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.local.LocalStack;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the dashboards must show: accepted reviews with findings from every agent, a review that
 * ends PARTIAL because its security task was malformed (dead letter, FAILED result), a request the
 * API rejects and a {@code review-requests} record that is dead-lettered.
 */
final class ReviewTraffic {

  private final LocalStack stack;
  private final HttpClient http = HttpClient.newHttpClient();

  ReviewTraffic(LocalStack stack) {
    this.stack = stack;
  }

  void drive() throws Exception {
    String request = Files.readString(Path.of("..", "examples", "request.json"));
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> accepted = post(request);
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      awaitStatus(EventJson.mapper().readTree(accepted.body()).path("reviewId").asString());
    }
    HttpResponse<String> rejected =
        post(
            """
            {"files":[{"path":"../../etc/passwd","content":"root:x:0:0"}]}
            """);
    assertThat(rejected.statusCode()).as(rejected.body()).isBetween(400, 499);
    try (KafkaProducer<String, String> producer = producer()) {
      send(producer, Topics.REVIEW_REQUESTS, "not-a-request", "{ this is not json", Map.of());
      partialReview(producer);
    }
  }

  private void partialReview(KafkaProducer<String, String> producer) throws Exception {
    String reviewId = UUID.randomUUID().toString();
    String securityTask = reviewId + ":security:0";
    String bugTask = reviewId + ":bug:0";
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    ReviewPlan plan =
        new ReviewPlan(
            1,
            Instant.now(),
            reviewId,
            List.of(
                new ReviewPlan.PlannedTask(securityTask, "security"),
                new ReviewPlan.PlannedTask(bugTask, "bug")),
            deadline,
            Instant.now(),
            null);
    String bugTaskJson =
        """
        {"schemaVersion":1,"reviewId":"%s","taskId":"%s","agent":"bug","shard":{"index":0,"count":1},
         "files":[{"path":"a.py","language":"python","content":"def f(x=[]):\\n    return x\\n"}],
         "deadline":"%s"}
        """
            .formatted(reviewId, bugTask, deadline);
    send(
        producer,
        Topics.REVIEW_PLANS,
        reviewId,
        EventJson.mapper().writeValueAsString(plan),
        Map.of());
    send(producer, Topics.tasks("bug"), reviewId, bugTaskJson, headers(reviewId, bugTask));
    send(producer, Topics.tasks("security"), reviewId, "{ broken", headers(reviewId, securityTask));
    assertThat(awaitStatus(reviewId)).isEqualTo("PARTIAL");
  }

  private String awaitStatus(String reviewId) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(
            () ->
                EventJson.mapper()
                    .readTree(get("/api/reviews/" + reviewId).body())
                    .path("status")
                    .asString(),
            status -> List.of("COMPLETE", "PARTIAL", "FAILED").contains(status));
  }

  private static Map<String, String> headers(String reviewId, String taskId) {
    return Map.of("reviewpanel-review-id", reviewId, "reviewpanel-task-id", taskId);
  }

  private KafkaProducer<String, String> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            stack.bootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG,
            0),
        new StringSerializer(),
        new StringSerializer());
  }

  private static void send(
      KafkaProducer<String, String> producer,
      String topic,
      String key,
      String value,
      Map<String, String> headers)
      throws Exception {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
    producer.send(record).get();
  }

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack.url("coordinator") + "/api/reviews"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack.url("coordinator") + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
