package dev.reviewpanel.gateway;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.fakes.FakeGitHub;
import dev.reviewpanel.fakes.FakeGitLab;
import dev.reviewpanel.fakes.Webhooks;
import dev.reviewpanel.gateway.jobs.JobTopics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One gateway on an embedded KRaft broker, talking to a fake GitHub and a fake GitLab on loopback.
 * Every subclass shares the same context (same settings), so the broker starts once; each test
 * works on its own repository so tests never see each other's records.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=scm-gateway",
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "review.gateway.github.webhook-secret=" + GatewayIntegrationSupport.GITHUB_SECRET,
      "review.gateway.github.token=" + GatewayIntegrationSupport.GITHUB_TOKEN,
      "review.gateway.gitlab.webhook-token=" + GatewayIntegrationSupport.GITLAB_SECRET,
      "review.gateway.gitlab.token=" + GatewayIntegrationSupport.GITLAB_TOKEN,
      "review.gateway.retry.attempts=3",
      "review.gateway.retry.initial-backoff=200ms",
      "review.gateway.retry.multiplier=1.5",
      "review.gateway.retry.max-backoff=1s",
      "review.gateway.retry.max-retry-after=1s",
      "review.gateway.limits.max-files=300",
      "review.gateway.status.report-url=http://review.example/api/reviews/{reviewId}/report"
    })
@EmbeddedKafka(
    partitions = 3,
    topics = {Topics.REVIEW_REQUESTS, Topics.REVIEW_REPORTS, "review-requests-dlt"},
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
public abstract class GatewayIntegrationSupport {

  static final String GITHUB_SECRET = "gh-webhook-secret";
  static final String GITHUB_TOKEN = "gh-token";
  static final String GITLAB_SECRET = "gl-webhook-secret";
  static final String GITLAB_TOKEN = "gl-token";

  protected static final FakeGitHub GITHUB = FakeGitHub.start(GITHUB_TOKEN);
  protected static final FakeGitLab GITLAB = FakeGitLab.start(GITLAB_TOKEN);

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort protected int port;

  @Value("${spring.embedded.kafka.brokers}")
  protected String brokers;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    registry.add("review.gateway.github.api-url", GITHUB::apiUrl);
    registry.add("review.gateway.gitlab.api-url", GITLAB::apiUrl);
  }

  /** A GitHub delivery, signed with {@code signature} (null for none). */
  protected HttpResponse<String> deliverGitHub(
      String event, String delivery, String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/github"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", event)
            .header("X-GitHub-Delivery", delivery)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return send(request.build());
  }

  /** A GitHub delivery signed with the gateway's secret, under a fresh delivery id. */
  protected HttpResponse<String> deliverGitHub(String event, String body) {
    return deliverGitHub(
        event, UUID.randomUUID().toString(), body, Webhooks.signature(GITHUB_SECRET, body));
  }

  protected HttpResponse<String> deliverGitLab(
      String event, String token, String idempotencyKey, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/gitlab"))
            .header("Content-Type", "application/json")
            .header("X-Gitlab-Event", event)
            .header("X-Gitlab-Event-UUID", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Gitlab-Token", token);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  protected HttpResponse<String> deliverGitLab(String body) {
    return deliverGitLab("Merge Request Hook", GITLAB_SECRET, UUID.randomUUID().toString(), body);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The review requests enqueued so far under an idempotency key. */
  protected List<ReviewRequest> requests(String idempotencyKey) {
    return records(Topics.REVIEW_REQUESTS).stream()
        .filter(r -> idempotencyKey.equals(r.key()))
        .map(r -> EventJson.mapper().readValue(r.value(), ReviewRequest.class))
        .toList();
  }

  /** Publishes a report as synthesis would, with the revision header when {@code revision}. */
  protected RecordMetadata publishReport(ReviewReport report, boolean revision) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(
              Topics.REVIEW_REPORTS,
              report.reviewId(),
              EventJson.mapper().writeValueAsString(report));
      if (revision) {
        record.headers().add("reviewpanel-report-revision", "summary".getBytes());
      }
      return producer.send(record).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until the gateway has read a published report and handled every job of a pull request.
   */
  protected void awaitHandled(RecordMetadata report, String pullRequestKey) {
    awaitCommitted(
        JobTopics.REPORTS_GROUP,
        new TopicPartition(report.topic(), report.partition()),
        report.offset());
    awaitJobsHandled(pullRequestKey);
  }

  /** Waits until the job consumer has committed past every job of a pull request so far. */
  protected void awaitJobsHandled(String pullRequestKey) {
    Map<TopicPartition, Long> last = new java.util.HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records(JobTopics.JOBS)) {
      if (pullRequestKey.equals(record.key())) {
        last.merge(
            new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
      }
    }
    last.forEach((partition, offset) -> awaitCommitted(JobTopics.JOBS_GROUP, partition, offset));
  }

  private void awaitCommitted(String group, TopicPartition partition, long offset) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                OffsetAndMetadata committed =
                    admin
                        .listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > offset;
              });
    }
  }

  /** Every record of a topic now, from the beginning. */
  protected List<ConsumerRecord<String, byte[]>> records(String topic) {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }
}
