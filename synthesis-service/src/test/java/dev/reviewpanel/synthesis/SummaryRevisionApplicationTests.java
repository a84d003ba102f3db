package dev.reviewpanel.synthesis;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.finding;
import static dev.reviewpanel.report.TestEvents.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a model configured, the report goes out with the template summary at once and the model's
 * summary follows as a revision of it on {@code review-reports}; a failing model leaves the
 * template report alone. The real application against an embedded broker, read back committed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=" + SynthesisApplication.CONFIG_NAME,
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "review.synthesis.replication-factor=1",
      "review.llm.provider=openai",
      "review.llm.model=fake-model",
      "review.llm.summary.timeout=4s"
    })
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class SummaryRevisionApplicationTests {

  private static final Duration MODEL_LATENCY = Duration.ofMillis(1500);
  private static final FakeLlmServer llm = FakeLlmServer.start();

  @Autowired EmbeddedKafkaBroker broker;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void model(DynamicPropertyRegistry registry) {
    registry.add("review.llm.base-url", llm::openAiBaseUrl);
  }

  @AfterAll
  static void stopModel() {
    llm.close();
  }

  @Test
  void shouldPublishTheTemplateReportAtOnceAndTheModelsSummaryAsARevision() throws Exception {
    llm.respondWith(
        request -> Reply.json("Fix the SQL injection in A.java first.").after(MODEL_LATENCY));
    String reviewId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    try (KafkaProducer<String, String> producer = BrokerClients.producer(broker);
        KafkaConsumer<String, String> consumer =
            BrokerClients.readCommitted(broker, "summary-test")) {
      consumer.subscribe(List.of(Topics.REVIEW_REPORTS, Topics.REVIEW_EVENTS));
      BrokerClients.send(
          producer,
          Topics.REVIEW_PLANS,
          reviewId,
          plan(reviewId, now, now.plusSeconds(120), "security"));
      BrokerClients.send(
          producer,
          Topics.REVIEW_RESULTS,
          reviewId,
          completed(
              reviewId,
              "security",
              0,
              90,
              finding("security", "sql-injection", Severity.CRITICAL, "A.java", 3)));

      List<Arrival> reports = new ArrayList<>();
      List<ConsumerRecord<String, String>> events = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                poll(consumer, reviewId, reports, events);
                assertThat(reports).hasSize(2);
              });

      Arrival template = reports.get(0);
      Arrival revision = reports.get(1);
      assertThat(revisionHeader(template.record())).isNull();
      ReviewReport first = read(template.record());
      assertThat(first.llm() == null ? null : first.llm().summaryOrigin())
          .isNotEqualTo(SummaryOrigin.LLM);
      assertThat(first.summary()).doesNotContain("Fix the SQL injection");
      // the template did not wait for the model: the revision came a model's latency later
      assertThat(Duration.ofNanos(revision.nanos() - template.nanos()))
          .isGreaterThan(MODEL_LATENCY.minusMillis(300));

      assertThat(new String(revisionHeader(revision.record()).value(), StandardCharsets.UTF_8))
          .isEqualTo("summary");
      assertThat(revision.record().key()).isEqualTo(reviewId);
      assertThat(revision.record().partition()).isEqualTo(template.record().partition());
      ReviewReport revised = read(revision.record());
      assertThat(revised.llm().summaryOrigin()).isEqualTo(SummaryOrigin.LLM);
      assertThat(revised.summary())
          .startsWith(first.summary().lines().findFirst().orElseThrow())
          .endsWith("\nFix the SQL injection in A.java first.");
      assertThat(revised)
          .usingRecursiveComparison()
          .ignoringFields("summary", "llm")
          .isEqualTo(first);

      // a while later: still one REPORT_READY, no third report
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () -> {
                poll(consumer, reviewId, reports, events);
                assertThat(reports).hasSize(2);
              });
      assertThat(events)
          .extracting(r -> EventJson.mapper().readValue(r.value(), ReviewEvent.class).type())
          .containsOnlyOnce(ReviewEvent.Type.REPORT_READY);
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(prometheus())
                    .contains(
                        "review_reports_total{application=\"synthesis\",decision=\"REJECT\","
                            + "status=\"COMPLETE\"} 1.0")
                    .contains(
                        "review_llm_summary_total{application=\"synthesis\",origin=\"llm\"} 1.0"));
    // and it stays one: the revision is not counted as a second report
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(prometheus())
                    .contains(
                        "review_reports_total{application=\"synthesis\",decision=\"REJECT\","
                            + "status=\"COMPLETE\"} 1.0"));
  }

  @Test
  void shouldKeepOnlyTheTemplateReportWhenTheModelFails() throws Exception {
    llm.respondWith(request -> Reply.status(500));
    int asked = llm.requests().size();
    String reviewId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    try (KafkaProducer<String, String> producer = BrokerClients.producer(broker);
        KafkaConsumer<String, String> consumer =
            BrokerClients.readCommitted(broker, "summary-test")) {
      consumer.subscribe(List.of(Topics.REVIEW_REPORTS, Topics.REVIEW_EVENTS));
      BrokerClients.send(
          producer,
          Topics.REVIEW_PLANS,
          reviewId,
          plan(reviewId, now, now.plusSeconds(120), "bug"));
      BrokerClients.send(
          producer, Topics.REVIEW_RESULTS, reviewId, completed(reviewId, "bug", 0, 40));

      List<Arrival> reports = new ArrayList<>();
      List<ConsumerRecord<String, String>> events = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                poll(consumer, reviewId, reports, events);
                assertThat(reports).hasSize(1);
                assertThat(llm.requests()).hasSizeGreaterThan(asked);
              });
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(6))
          .untilAsserted(
              () -> {
                poll(consumer, reviewId, reports, events);
                assertThat(reports).hasSize(1);
              });
      assertThat(revisionHeader(reports.get(0).record())).isNull();
      assertThat(read(reports.get(0).record()).summary()).startsWith("Approved");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(prometheus())
                    .contains(
                        "review_reports_total{application=\"synthesis\",decision=\"APPROVE\","
                            + "status=\"COMPLETE\"} 1.0")
                    .contains(
                        "review_llm_summary_total{application=\"synthesis\",origin=\"template\"} 1.0"));
  }

  private record Arrival(ConsumerRecord<String, String> record, long nanos) {}

  private static void poll(
      KafkaConsumer<String, String> consumer,
      String reviewId,
      List<Arrival> reports,
      List<ConsumerRecord<String, String>> events) {
    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
      if (!reviewId.equals(r.key())) {
        continue;
      }
      if (r.topic().equals(Topics.REVIEW_REPORTS)) {
        reports.add(new Arrival(r, System.nanoTime()));
      } else {
        events.add(r);
      }
    }
  }

  private static Header revisionHeader(ConsumerRecord<String, String> record) {
    return record.headers().lastHeader("reviewpanel-report-revision");
  }

  private static ReviewReport read(ConsumerRecord<String, String> record) {
    return EventJson.mapper().readValue(record.value(), ReviewReport.class);
  }

  private String prometheus() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
