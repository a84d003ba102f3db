package dev.reviewpanel.synthesis;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.finding;
import static dev.reviewpanel.report.TestEvents.plan;
import static dev.reviewpanel.report.TestEvents.voted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Reviews built to disagree, through the real application on an embedded broker: the panel's
 * weights come from configuration, and an agent nobody configured (accessibility) votes at the
 * default weight.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.config.name=" + SynthesisApplication.CONFIG_NAME,
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "review.synthesis.replication-factor=1",
      "review.panel.agents.security.weight=1.0",
      // security's crypto findings count at 0.3: only the veto can reject on one of them
      "review.panel.agents.security.categories.crypto=0.3",
      // 0.625 x CRITICAL/LOW (0.8) = 1.0 x HIGH/HIGH (0.5): a tie on one root cause
      "review.panel.agents.bug.weight=0.625"
    })
@EmbeddedKafka(
    partitions = 3,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class PanelApplicationTests {

  @Autowired EmbeddedKafkaBroker broker;

  @Test
  void shouldRejectWhenSecurityRejectsAndPerformanceApprovesAndSayHowItWasSettled()
      throws Exception {
    String id = UUID.randomUUID().toString();

    ReviewReport report =
        review(
            plan(id, Instant.now(), Instant.now().plusSeconds(120), "security", "performance"),
            voted(
                completed(
                    id,
                    "security",
                    0,
                    30,
                    finding(
                        "security",
                        "java.sql-injection",
                        Severity.CRITICAL,
                        Confidence.HIGH,
                        "Dao.java",
                        40,
                        "CWE-89",
                        "injection"))),
            voted(completed(id, "performance", 0, 20)));

    assertThat(report.decision()).isEqualTo(Decision.REJECT);
    assertThat(report.riskScore()).isEqualTo(86);
    assertThat(report.panel().votes())
        .extracting(Panel.Vote::agent, Panel.Vote::vote, Panel.Vote::weight)
        .containsExactly(
            tuple("security", Decision.REJECT, 1.0), tuple("performance", Decision.APPROVE, 1.0));
    assertThat(report.panel().disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.topic()).isEqualTo("REJECT (security) vs APPROVE (performance)");
              assertThat(d.settledBy()).startsWith("weighted evidence -> REJECT: risk 86/100");
            });
    assertThat(report.panel().veto().decisive()).isFalse();
  }

  @Test
  void shouldLetSecuritysVetoRejectWhatTheWeightsWouldOnlyQuestion() throws Exception {
    String id = UUID.randomUUID().toString();

    ReviewReport report =
        review(
            plan(id, Instant.now(), Instant.now().plusSeconds(120), "security", "bug"),
            voted(
                completed(
                    id,
                    "security",
                    0,
                    30,
                    finding(
                        "security",
                        "java.hardcoded-key",
                        Severity.CRITICAL,
                        Confidence.HIGH,
                        "Keys.java",
                        3,
                        "CWE-321",
                        "crypto"))),
            voted(completed(id, "bug", 0, 20)));

    assertThat(report.riskScore()).isEqualTo(45);
    assertThat(report.panel().scoreDecision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(report.decision()).isEqualTo(Decision.REJECT);
    assertThat(report.panel().veto())
        .extracting(Panel.Veto::agent, Panel.Veto::decision, Panel.Veto::decisive)
        .containsExactly("security", Decision.REJECT, true);
    assertThat(report.panel().votes().get(0).categoryWeights()).containsEntry("crypto", 0.3);
    assertThat(report.panel().disagreements().get(0).settledBy()).startsWith("security's veto");
  }

  @Test
  void shouldSettleATieByTheTieRuleAndLetAFourthAgentVote() throws Exception {
    String id = UUID.randomUUID().toString();
    NotAnalyzed minified =
        new NotAnalyzed(
            "web/app.min.js", NotAnalyzed.Reason.MINIFIED, "one line", 1, "accessibility", false);

    ReviewReport report =
        review(
            plan(
                id,
                Instant.now(),
                Instant.now().plusSeconds(120),
                "security",
                "bug",
                "accessibility"),
            voted(
                completed(
                    id,
                    "security",
                    0,
                    30,
                    finding(
                        "security",
                        "js.xss",
                        Severity.HIGH,
                        Confidence.HIGH,
                        "view.js",
                        7,
                        "CWE-79",
                        "xss"))),
            voted(
                completed(
                    id,
                    "bug",
                    0,
                    20,
                    finding(
                        "bug",
                        "llm.xss",
                        Severity.CRITICAL,
                        Confidence.LOW,
                        "view.js",
                        7,
                        "CWE-79",
                        "xss"))),
            voted(completed(id, "accessibility", 0, 10), minified));

    assertThat(report.riskScore()).isEqualTo(39);
    assertThat(report.decision()).isEqualTo(Decision.REQUEST_CHANGES);
    assertThat(report.panel().disagreements())
        .filteredOn(d -> d.topic().startsWith("view.js:7 CWE-79"))
        .singleElement()
        .extracting(Panel.Disagreement::settledBy)
        .isEqualTo("tie at 0.50 weighted evidence: by the stricter tie rule bug's CRITICAL counts");
    assertThat(report.panel().votes())
        .extracting(Panel.Vote::agent, Panel.Vote::vote, Panel.Vote::weight)
        .contains(
            tuple("accessibility", Decision.APPROVE, 1.0),
            tuple("bug", Decision.REQUEST_CHANGES, 0.625));
    assertThat(report.notAnalyzed())
        .extracting(NotAnalyzed::path, NotAnalyzed::agents)
        .containsExactly(tuple("web/app.min.js", List.of("accessibility")));
    assertThat(report.status()).as("a deliberate exclusion is no gap").isEqualTo(Status.COMPLETE);
  }

  private ReviewReport review(ReviewPlan plan, Object... results) throws Exception {
    try (KafkaProducer<String, String> producer = BrokerClients.producer(broker);
        KafkaConsumer<String, String> consumer =
            BrokerClients.readCommitted(broker, "panel-test")) {
      consumer.subscribe(List.of(Topics.REVIEW_REPORTS));
      BrokerClients.send(producer, Topics.REVIEW_PLANS, plan.reviewId(), plan);
      for (Object result : results) {
        BrokerClients.send(producer, Topics.REVIEW_RESULTS, plan.reviewId(), result);
      }
      List<ReviewReport> reports = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r ->
                            reports.add(
                                EventJson.mapper().readValue(r.value(), ReviewReport.class)));
                assertThat(reports).anyMatch(r -> r.reviewId().equals(plan.reviewId()));
              });
      return reports.stream()
          .filter(r -> r.reviewId().equals(plan.reviewId()))
          .findFirst()
          .orElseThrow();
    }
  }
}
