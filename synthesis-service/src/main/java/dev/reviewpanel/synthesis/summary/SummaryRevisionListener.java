package dev.reviewpanel.synthesis.summary;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.synthesis.metrics.ReportMeteringConfiguration;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Hands each report to the {@link SummaryReviser} once it is committed and visible on {@code
 * review-reports} (read committed): the revision is appended after it in the same partition, so the
 * latest record of a review is always its most complete report. Revisions themselves, and reports
 * that already carry an LLM summary, are skipped. One consumer group across synthesis instances, so
 * each report is revised on one instance only.
 */
class SummaryRevisionListener {

  static final String GROUP_ID = "review-synthesis-summary";

  private final SummaryReviser reviser;
  private final Instant startedAt;

  SummaryRevisionListener(SummaryReviser reviser, Clock clock) {
    this.reviser = reviser;
    this.startedAt = clock.instant();
  }

  // whole reports, with the report meter's consumer settings: read committed, earliest on the
  // group's first run, skip unreadable
  @KafkaListener(
      id = "synthesis-summary-reviser",
      groupId = GROUP_ID,
      clientIdPrefix = "synthesis-summary-reviser",
      topics = Topics.REVIEW_REPORTS,
      containerFactory = ReportMeteringConfiguration.REPORT_CONTAINER_FACTORY)
  void onReport(ConsumerRecord<String, ReviewReport> record) {
    ReviewReport report = record.value();
    if (report == null || report.status() == null || SummaryReviser.isRevision(record.headers())) {
      return;
    }
    if (report.llm() != null && report.llm().summaryOrigin() == SummaryOrigin.LLM) {
      return;
    }
    // reports of an earlier life of this service: their reviewers have moved on
    if (report.completedAt() != null && report.completedAt().isBefore(startedAt)) {
      return;
    }
    reviser.offer(report);
  }
}
