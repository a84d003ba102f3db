package dev.reviewpanel.synthesis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.LlmSummary;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class SummaryRevisionListenerTests {

  private final List<String> offered = new CopyOnWriteArrayList<>();
  private final ReviewReport fresh = SummaryReviserTests.report("fresh");
  private final SummaryRevisionListener listener =
      new SummaryRevisionListener(
          new SummaryReviser(
              new LlmSummaryWriter(
                  (system, user) -> "Ship it.",
                  Duration.ofSeconds(1),
                  new CircuitBreaker(1, Duration.ofMinutes(1), Clock.systemUTC())),
              revised -> offered.add(revised.reviewId()),
              new SimpleMeterRegistry(),
              1,
              10),
          Clock.fixed(fresh.completedAt().minusSeconds(1), ZoneOffset.UTC));

  @Test
  void shouldReviseCommittedTemplateReportsOnly() throws Exception {
    listener.onReport(record(fresh));

    ConsumerRecord<String, ReviewReport> revision = record(fresh);
    revision.headers().add(SummaryReviser.summaryHeader());
    listener.onReport(revision);
    listener.onReport(new ConsumerRecord<>(Topics.REVIEW_REPORTS, 0, 0, "gone", null));
    listener.onReport(record(withLlmSummary(SummaryReviserTests.report("already-llm"))));
    ReviewReport old = SummaryReviserTests.report("old");
    listener.onReport(
        record(
            new ReviewReport(
                old.schemaVersion(),
                old.occurredAt(),
                old.reviewId(),
                old.status(),
                old.decision(),
                old.riskScore(),
                old.summary(),
                old.findings(),
                old.counts(),
                old.agents(),
                old.submittedAt().minusSeconds(60),
                fresh.completedAt().minusSeconds(30),
                null)));

    // one reviser thread takes reports in order: once a later report is revised, every report
    // offered before it has been handled
    listener.onReport(record(SummaryReviserTests.report("last")));
    await().atMost(Duration.ofSeconds(5)).until(() -> offered.contains("last"));
    assertThat(offered).containsExactly("fresh", "last");
  }

  private static ReviewReport withLlmSummary(ReviewReport r) {
    return new ReviewReport(
        r.schemaVersion(),
        r.occurredAt(),
        r.reviewId(),
        r.status(),
        r.decision(),
        r.riskScore(),
        r.summary(),
        r.findings(),
        r.counts(),
        r.agents(),
        r.submittedAt(),
        r.completedAt(),
        r.source(),
        new LlmSummary(0, 0, 0, List.of(), List.of(), ReviewReport.SummaryOrigin.LLM));
  }

  private static ConsumerRecord<String, ReviewReport> record(ReviewReport report) {
    return new ConsumerRecord<>(Topics.REVIEW_REPORTS, 0, 0, report.reviewId(), report);
  }
}
