package dev.reviewpanel.synthesis.topology;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.failed;
import static dev.reviewpanel.report.TestEvents.finding;
import static dev.reviewpanel.report.TestEvents.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.AgentOutcome;
import dev.reviewpanel.events.ReviewReport.AgentSummary;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.report.assembly.ReportAssembler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.support.KafkaHeaders;

class SynthesisTopologyTests {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant DEADLINE = START.plus(Duration.ofMinutes(2));
  private static final Duration RETENTION = Duration.ofHours(1);
  private static final Duration RETRY = Duration.ofSeconds(30);

  @TempDir Path stateDir;

  /** Reviews whose next report fails to build once. */
  private final Set<String> unreportable = new HashSet<>();

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> plans;
  private TestInputTopic<String, String> results;
  private TestOutputTopic<String, ReviewReport> reports;
  private TestOutputTopic<String, ReviewEvent> events;

  @BeforeEach
  void startDriver() {
    Topology topology = new Topology();
    var assembler =
        new ReportAssembler() {
          @Override
          public ReviewReport assemble(
              ReviewPlan plan, Map<String, AgentResult> results, Instant completedAt) {
            if (unreportable.remove(plan.reviewId())) {
              throw new IllegalStateException("cannot build the report of " + plan.reviewId());
            }
            return super.assemble(plan, results, completedAt);
          }
        };
    new SynthesisTopology(
            new SynthesisProperties(Duration.ofSeconds(1), RETENTION, RETRY), assembler)
        .configureTopology(topology);
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "review-synthesis");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class.getName());
    // as in synthesis.yml: a record or punctuation that throws is logged and skipped
    config.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueProcessingExceptionHandler.class.getName());
    driver = new TopologyTestDriver(topology, config, START);
    plans =
        driver.createInputTopic(
            Topics.REVIEW_PLANS, new StringSerializer(), new StringSerializer());
    results =
        driver.createInputTopic(
            Topics.REVIEW_RESULTS, new StringSerializer(), new StringSerializer());
    reports =
        driver.createOutputTopic(
            Topics.REVIEW_REPORTS, new StringDeserializer(), EventSerdes.reports().deserializer());
    events =
        driver.createOutputTopic(
            Topics.REVIEW_EVENTS, new StringDeserializer(), EventSerdes.events().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldReportCompleteReviewWhenEveryTaskHasReported() {
    send(plan("r1", START, DEADLINE, "security", "bug"));
    send(
        completed(
            "r1",
            "security",
            0,
            120,
            finding("security", "sql-injection", Severity.CRITICAL, "A.java", 12)));
    assertThat(reports.isEmpty()).isTrue();

    send(completed("r1", "bug", 0, 80, finding("bug", "null-deref", Severity.MEDIUM, "B.java", 3)));

    TestRecord<String, ReviewReport> emitted = reports.readRecord();
    ReviewReport report = emitted.value();
    assertThat(headline(emitted.headers(), "status")).isEqualTo("COMPLETE");
    assertThat(headline(emitted.headers(), "decision")).isEqualTo("REJECT");
    assertThat(headline(emitted.headers(), "completed-at"))
        .isEqualTo(report.completedAt().toString());
    assertThat(report.reviewId()).isEqualTo("r1");
    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.decision()).isEqualTo(Decision.REJECT);
    assertThat(report.findings())
        .extracting(f -> f.ruleId())
        .containsExactly("sql-injection", "null-deref");
    assertThat(report.counts())
        .containsEntry(Severity.CRITICAL, 1)
        .containsEntry(Severity.MEDIUM, 1)
        .containsEntry(Severity.INFO, 0);
    assertThat(report.agents())
        .containsExactly(
            new AgentSummary("security", AgentOutcome.COMPLETED, 1, 120),
            new AgentSummary("bug", AgentOutcome.COMPLETED, 1, 80));
    assertThat(report.submittedAt()).isEqualTo(START);
    assertThat(report.completedAt()).isEqualTo(START);
    assertThat(report.source().repository()).isEqualTo("acme/shop");

    ReviewEvent ready = events.readValue();
    assertThat(ready.type()).isEqualTo(ReviewEvent.Type.REPORT_READY);
    assertThat(ready.data())
        .containsEntry("status", "COMPLETE")
        .containsEntry("decision", "REJECT")
        .containsEntry("riskScore", report.riskScore());
  }

  @Test
  void shouldIgnoreDuplicateResultsAndPlans() {
    ReviewPlan plan = plan("r2", START, DEADLINE, "security", "bug");
    send(plan);
    send(
        completed("r2", "security", 0, 10, finding("security", "xss", Severity.HIGH, "A.java", 1)));
    send(plan);
    send(
        completed("r2", "security", 0, 10, finding("security", "xss", Severity.HIGH, "A.java", 1)));
    assertThat(reports.isEmpty()).isTrue();

    send(completed("r2", "bug", 0, 10));
    send(completed("r2", "bug", 0, 10));
    send(plan);

    List<ReviewReport> emitted = reports.readValuesToList();
    assertThat(emitted).hasSize(1);
    assertThat(emitted.get(0).findings()).hasSize(1);
    assertThat(emitted.get(0).agents()).extracting(AgentSummary::findings).containsExactly(1, 0);
    assertThat(events.readValuesToList()).hasSize(1);
  }

  @Test
  void shouldIgnoreResultsOfTasksThePlanDoesNotContain() {
    send(plan("r3", START, DEADLINE, "security"));
    send(
        completed(
            "r3",
            "performance",
            0,
            10,
            finding("performance", "n-plus-one", Severity.HIGH, "A.java", 1)));
    assertThat(reports.isEmpty()).isTrue();

    send(completed("r3", "security", 0, 10));

    ReviewReport report = reports.readValue();
    assertThat(report.findings()).isEmpty();
    assertThat(report.agents()).extracting(AgentSummary::agent).containsExactly("security");
  }

  @Test
  void shouldBufferResultsThatArriveBeforeTheirPlan() {
    send(completed("r4", "bug", 0, 30, finding("bug", "npe", Severity.LOW, "C.py", 7)));
    send(completed("r4", "security", 0, 40));
    assertThat(reports.isEmpty()).isTrue();

    send(plan("r4", START, DEADLINE, "security", "bug"));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.decision()).isEqualTo(Decision.APPROVE);
    assertThat(report.findings()).extracting(f -> f.ruleId()).containsExactly("npe");
  }

  @Test
  void shouldReportPartialWithTimedOutAgentsAtTheDeadline() {
    send(plan("r5", START, DEADLINE, "security", "bug", "performance"));
    send(
        completed(
            "r5",
            "security",
            0,
            50,
            finding("security", "weak-hash", Severity.MEDIUM, "D.java", 4)));

    driver.advanceWallClockTime(Duration.ofMinutes(1));
    assertThat(reports.isEmpty()).isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(1).plusSeconds(1));
    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.agents())
        .extracting(AgentSummary::agent, AgentSummary::status)
        .containsExactly(
            tuple("security", AgentOutcome.COMPLETED),
            tuple("bug", AgentOutcome.TIMED_OUT),
            tuple("performance", AgentOutcome.TIMED_OUT));
    assertThat(report.completedAt()).isAfterOrEqualTo(DEADLINE);
    assertThat(report.summary()).contains("bug timed out", "partial");

    send(completed("r5", "bug", 0, 10));
    driver.advanceWallClockTime(Duration.ofSeconds(5));
    assertThat(reports.isEmpty()).as("late results after the report change nothing").isTrue();
  }

  @Test
  void shouldReportFailedWhenNoAgentCompletedByTheDeadline() {
    send(plan("r6", START, DEADLINE, "security"));

    driver.advanceWallClockTime(Duration.ofMinutes(3));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.decision()).isEqualTo(Decision.REQUEST_CHANGES);
  }

  @Test
  void shouldReportPartialAtOnceWhenAnAgentFailed() {
    send(plan("r7", START, DEADLINE, "security", "bug"));
    send(completed("r7", "security", 0, 20));
    send(failed("r7", "bug", 0));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.completedAt()).isBefore(DEADLINE);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsExactly(AgentOutcome.COMPLETED, AgentOutcome.FAILED);
  }

  @Test
  void shouldApproveAPlanWithoutTasksAtOnce() {
    send(plan("r8", START, DEADLINE));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.COMPLETE);
    assertThat(report.decision()).isEqualTo(Decision.APPROVE);
    assertThat(report.riskScore()).isZero();
    assertThat(report.agents()).isEmpty();
  }

  @Test
  void shouldDeadLetterPoisonRecordsAndKeepProcessing() {
    plans.pipeInput("r9", "{not json");
    results.pipeInput("r9", "{\"reviewId\":\"r9\",\"status\":\"COMPLETED\"}");
    TestOutputTopic<byte[], byte[]> planDeadLetters =
        driver.createOutputTopic(
            Topics.deadLetter(Topics.REVIEW_PLANS),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    TestOutputTopic<byte[], byte[]> resultDeadLetters =
        driver.createOutputTopic(
            Topics.deadLetter(Topics.REVIEW_RESULTS),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());

    TestRecord<byte[], byte[]> dead = planDeadLetters.readRecord();
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(
            new String(
                dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value(),
                StandardCharsets.UTF_8))
        .isEqualTo(Topics.REVIEW_PLANS);
    assertThat(
            new String(
                resultDeadLetters
                    .readRecord()
                    .headers()
                    .lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE)
                    .value(),
                StandardCharsets.UTF_8))
        .contains("without taskId");

    send(plan("r9", START, DEADLINE, "security"));
    send(completed("r9", "security", 0, 20));
    assertThat(reports.readValue().status()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void shouldSkipRecordsWhoseKeyIsNotTheirReview() {
    plans.pipeInput("other", json(plan("r10", START, DEADLINE)));

    assertThat(reports.isEmpty()).isTrue();
    assertThat(aggregates().get("r10")).isNull();
  }

  @Test
  void shouldForgetReportedReviewsAndOrphanResultsAfterTheRetention() {
    send(plan("r11", START, DEADLINE));
    send(completed("r12", "bug", 0, 10));
    reports.readValue();
    assertThat(aggregates().get("r11").reportedAt()).isEqualTo(START);
    assertThat(aggregates().get("r12").awaitingPlan()).hasSize(1);

    driver.advanceWallClockTime(RETENTION.plusSeconds(5));
    assertThat(aggregates().get("r12")).as("orphan results wait one retention").isNull();
    assertThat(aggregates().get("r11")).as("reported reviews stay past their deadline").isNotNull();

    send(plan("r11", START, DEADLINE));
    assertThat(reports.isEmpty()).as("a redelivered plan is still a duplicate").isTrue();

    driver.advanceWallClockTime(Duration.between(START, DEADLINE));
    assertThat(aggregates().get("r11")).isNull();
    assertThat(reports.isEmpty()).isTrue();
  }

  @Test
  void shouldReportAPlanThatArrivesAfterItsDeadlineAndRetention() {
    Instant longAgo = START.minus(Duration.ofHours(3));
    ReviewPlan stale = plan("r13", longAgo, longAgo.plus(Duration.ofMinutes(2)), "security", "bug");
    send(stale);
    send(completed("r13", "security", 0, 10));
    assertThat(reports.isEmpty()).isTrue();

    driver.advanceWallClockTime(Duration.ofSeconds(1));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.PARTIAL);
    assertThat(report.agents())
        .extracting(AgentSummary::agent, AgentSummary::status)
        .containsExactly(
            tuple("security", AgentOutcome.COMPLETED), tuple("bug", AgentOutcome.TIMED_OUT));
    assertThat(events.readValue().type()).isEqualTo(ReviewEvent.Type.REPORT_READY);

    send(stale);
    driver.advanceWallClockTime(Duration.ofSeconds(5));
    assertThat(reports.isEmpty()).as("a report was already emitted for it").isTrue();
  }

  @Test
  void shouldFailAStalePlanWithoutResultsWithEveryAgentTimedOut() {
    Instant longAgo = START.minus(Duration.ofHours(3));
    send(plan("r14", longAgo, longAgo.plus(Duration.ofMinutes(2)), "security", "bug"));

    driver.advanceWallClockTime(Duration.ofSeconds(1));

    ReviewReport report = reports.readValue();
    assertThat(report.status()).isEqualTo(Status.FAILED);
    assertThat(report.agents())
        .extracting(AgentSummary::status)
        .containsOnly(AgentOutcome.TIMED_OUT);
  }

  @Test
  void shouldRetryADeadlineReportThatFailedWithoutHoldingUpOthers() {
    send(plan("r15", START, DEADLINE, "security"));
    send(plan("r16", START, DEADLINE, "security"));
    unreportable.add("r15");

    driver.advanceWallClockTime(Duration.ofMinutes(2).plusSeconds(1));
    assertThat(reports.readValuesToList())
        .extracting(ReviewReport::reviewId)
        .as("the review after the failing one is still reported")
        .containsExactly("r16");

    driver.advanceWallClockTime(RETRY);
    ReviewReport retried = reports.readValue();
    assertThat(retried.reviewId()).isEqualTo("r15");
    assertThat(retried.status()).isEqualTo(Status.FAILED);
    assertThat(reports.isEmpty()).isTrue();
  }

  @Test
  void shouldReportAtTheDeadlineWhenTheReportOnTheLastResultFailed() {
    send(plan("r17", START, DEADLINE, "security"));
    unreportable.add("r17");
    send(completed("r17", "security", 0, 10));
    assertThat(reports.isEmpty()).isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(2).plusSeconds(1));

    ReviewReport report = reports.readValue();
    assertThat(report.reviewId()).isEqualTo("r17");
    assertThat(report.status()).as("the result was kept").isEqualTo(Status.COMPLETE);
  }

  @Test
  void shouldReportAtTheDeadlineWhenTheReportOnThePlanFailed() {
    unreportable.add("r18");
    send(plan("r18", START, DEADLINE));
    assertThat(reports.isEmpty()).isTrue();

    driver.advanceWallClockTime(Duration.ofMinutes(2).plusSeconds(1));

    assertThat(reports.readValue().reviewId()).isEqualTo("r18");
  }

  private static String headline(Headers headers, String field) {
    Header header = headers.lastHeader("reviewpanel-report-" + field);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private KeyValueStore<String, ReviewAggregate> aggregates() {
    return driver.getKeyValueStore(SynthesisTopology.AGGREGATES_STORE);
  }

  private void send(ReviewPlan plan) {
    plans.pipeInput(plan.reviewId(), json(plan));
  }

  private void send(AgentResult result) {
    results.pipeInput(result.reviewId(), json(result));
  }

  private static String json(Object value) {
    return EventJson.mapper().writeValueAsString(value);
  }
}
