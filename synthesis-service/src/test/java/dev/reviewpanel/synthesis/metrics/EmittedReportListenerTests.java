package dev.reviewpanel.synthesis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.Decision;
import dev.reviewpanel.events.ReviewReport.Status;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.synthesis.summary.SummaryReviser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EmittedReportListenerTests {

  private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final EmittedReportListener listener =
      new EmittedReportListener(new ReportMetrics(registry), Clock.fixed(STARTED, ZoneOffset.UTC));

  @Test
  void shouldCountEachCommittedReportAndTimeItFromSubmission() {
    listener.onReport(record(report("r1", STARTED.plusSeconds(1), Duration.ofMillis(1500))));
    listener.onReport(record(report("r2", STARTED.plusSeconds(2), Duration.ofMillis(300))));

    assertThat(
            registry
                .get("review.reports")
                .tags("status", "COMPLETE", "decision", "APPROVE")
                .counter()
                .count())
        .isEqualTo(2.0);
    var timer = registry.get("review.end.to.end").tag("status", "COMPLETE").timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.max(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1500.0);
  }

  @Test
  void shouldReadTheHeadlineOfAReportWithoutHeadersFromItsJsonAndSkipWhatCannotBeRead() {
    listener.onReport(withoutHeadline(report("r1", STARTED.plusSeconds(1), Duration.ofSeconds(2))));
    listener.onReport(
        new ConsumerRecord<>(Topics.REVIEW_REPORTS, 0, 1, "bad", "{\"status\":".getBytes()));
    ConsumerRecord<String, byte[]> badHeader =
        record(report("r2", STARTED.plusSeconds(2), Duration.ofSeconds(1)));
    badHeader.headers().remove(ReportHeadline.STATUS).add(ReportHeadline.STATUS, "DONE".getBytes());
    listener.onReport(badHeader);

    assertThat(
            registry
                .get("review.reports")
                .tags("status", "COMPLETE", "decision", "APPROVE")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(
            registry
                .get("review.end.to.end")
                .tag("status", "COMPLETE")
                .timer()
                .max(java.util.concurrent.TimeUnit.MILLISECONDS))
        .isEqualTo(2000.0);
  }

  @Test
  void shouldSkipTombstonesAndReportsCompletedBeforeThisInstanceStarted() {
    listener.onReport(new ConsumerRecord<>(Topics.REVIEW_REPORTS, 0, 0, "gone", null));
    listener.onReport(record(report("old", STARTED.minusSeconds(5), Duration.ofSeconds(1))));

    assertThat(registry.find("review.reports").counters())
        .as("registered up front at zero, never counted")
        .isNotEmpty()
        .allSatisfy(counter -> assertThat(counter.count()).isZero());
    assertThat(registry.find("review.end.to.end").timers())
        .isNotEmpty()
        .allSatisfy(timer -> assertThat(timer.count()).isZero());
  }

  @Test
  void shouldNotCountARevisionOfAReportAgain() {
    ReviewReport report = report("r1", STARTED.plusSeconds(1), Duration.ofMillis(1500));
    listener.onReport(record(report));
    ConsumerRecord<String, byte[]> revision = record(report);
    revision.headers().add(SummaryReviser.summaryHeader());
    listener.onReport(revision);

    assertThat(
            registry
                .get("review.reports")
                .tags("status", "COMPLETE", "decision", "APPROVE")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get("review.end.to.end").tag("status", "COMPLETE").timer().count())
        .isEqualTo(1);
  }

  // as synthesis writes it: the report's JSON with its headline in headers
  private static ConsumerRecord<String, byte[]> record(ReviewReport report) {
    ConsumerRecord<String, byte[]> record = withoutHeadline(report);
    ReportHeadline.headersOf(report).forEach(header -> record.headers().add(header));
    return record;
  }

  // as a synthesis without headline headers wrote it
  private static ConsumerRecord<String, byte[]> withoutHeadline(ReviewReport report) {
    byte[] json = EventJson.mapper().writeValueAsBytes(report);
    return new ConsumerRecord<>(Topics.REVIEW_REPORTS, 0, 0, report.reviewId(), json);
  }

  private static ReviewReport report(String id, Instant completedAt, Duration took) {
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        completedAt,
        id,
        Status.COMPLETE,
        Decision.APPROVE,
        0,
        "nothing found",
        List.of(),
        Map.of(),
        List.of(),
        completedAt.minus(took),
        completedAt,
        null);
  }
}
