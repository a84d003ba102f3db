package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.gateway.jobs.JobTopics;
import dev.reviewpanel.gateway.jobs.JobsKafkaConfiguration;
import dev.reviewpanel.gateway.scm.Provider;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code review-reports} (group {@code scm-gateway}) and hands the reports of the gateway's
 * own reviews to the job topic, keyed by pull request, so posting runs in order per pull request
 * and is retried without holding up the reports of others. Metered as {@code
 * scm_gateway_reports_total{outcome}}.
 */
@Component
class ReportListener {

  /** Set by synthesis on a report that only revises an earlier one's summary. */
  static final String REVISION_HEADER = "reviewpanel-report-revision";

  private static final Logger log = LoggerFactory.getLogger(ReportListener.class);

  private final ReportHandOver handOver;

  ReportListener(ReportHandOver handOver) {
    this.handOver = handOver;
  }

  @KafkaListener(
      id = "scm-gateway-reports",
      groupId = JobTopics.REPORTS_GROUP,
      topics = Topics.REVIEW_REPORTS,
      containerFactory = JobsKafkaConfiguration.REPORT_LISTENER_FACTORY)
  void onReport(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return; // a tombstone: the review was deleted
    }
    Optional<ReviewReport> report = ReportHandOver.read(record, ReviewReport.class);
    if (report.isEmpty()) {
      // not ours to dead-letter (synthesis owns the topic): say so and go on
      log.warn(
          "Unreadable report at {}-{}@{} skipped",
          record.topic(),
          record.partition(),
          record.offset());
      handOver.count("unreadable");
      return;
    }
    Optional<Provider> provider = ReportOwnership.providerOf(report.get());
    if (provider.isEmpty()) {
      handOver.count("foreign");
      return;
    }
    boolean revision = record.headers().lastHeader(REVISION_HEADER) != null;
    handOver.forward(provider.get(), report.get(), revision, "forwarded");
  }
}
