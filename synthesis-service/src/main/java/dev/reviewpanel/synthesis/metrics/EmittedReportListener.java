package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.Topics;
import dev.reviewpanel.synthesis.summary.SummaryReviser;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Meters reports as they become visible on {@code review-reports} (read committed), not while the
 * Streams task builds them: a task that aborts and replays its transaction emits its reports again,
 * and counting inside the topology would count them twice, or count reports that never got out. One
 * consumer group across synthesis instances, so every report counts on exactly one instance;
 * reports completed before this instance started belong to an earlier life of the counters.
 * Revisions of a report ({@link SummaryReviser#REVISION_HEADER}) are not counted again. Reads only
 * the {@link ReportHeadline} of each report, from its headers.
 */
@Component
class EmittedReportListener {

  static final String GROUP_ID = "review-synthesis-metrics";

  private static final Logger log = LoggerFactory.getLogger(EmittedReportListener.class);

  private final ReportMetrics metrics;
  private final Instant startedAt;

  @Autowired
  EmittedReportListener(ReportMetrics metrics) {
    this(metrics, Clock.systemUTC());
  }

  EmittedReportListener(ReportMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.startedAt = clock.instant();
  }

  @KafkaListener(
      id = "synthesis-report-meter",
      groupId = GROUP_ID,
      clientIdPrefix = "synthesis-report-meter",
      topics = Topics.REVIEW_REPORTS,
      containerFactory = ReportMeteringConfiguration.CONTAINER_FACTORY)
  void onReport(ConsumerRecord<String, byte[]> record) {
    // tombstones of the compacted topic, and revisions (the LLM summary) of a report already
    // counted: one review, one count
    if (record.value() == null || SummaryReviser.isRevision(record.headers())) {
      return;
    }
    ReportHeadline report;
    try {
      report = ReportHeadline.of(record.headers(), record.value());
    } catch (RuntimeException e) {
      // it cannot be metered, and the metrics must never stall
      log.warn(
          "Not metering unreadable report at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      return;
    }
    // reports of a previous run of the counters
    if (report.status() == null || report.decision() == null) {
      return;
    }
    if (report.completedAt() != null && report.completedAt().isBefore(startedAt)) {
      return;
    }
    metrics.reported(report);
  }
}
