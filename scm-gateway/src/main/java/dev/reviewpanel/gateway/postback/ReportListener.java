package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.gateway.jobs.GatewayJob;
import dev.reviewpanel.gateway.jobs.JobPublisher;
import dev.reviewpanel.gateway.jobs.JobTopics;
import dev.reviewpanel.gateway.jobs.JobsKafkaConfiguration;
import dev.reviewpanel.gateway.scm.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Duration HAND_OVER = Duration.ofSeconds(30);

  private final JobPublisher jobs;
  private final MeterRegistry meters;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  ReportListener(JobPublisher jobs, MeterRegistry meters) {
    this.jobs = jobs;
    this.meters = meters;
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
    ReviewReport report;
    Optional<Provider> provider;
    try {
      // whose review it is first: most reports are not the gateway's, and need not be read whole
      ReportOrigin origin = EventJson.mapper().readValue(record.value(), ReportOrigin.class);
      provider = ReportOwnership.providerOf(origin.reviewId(), origin.source());
      if (provider.isEmpty()) {
        count("foreign");
        return;
      }
      report = EventJson.mapper().readValue(record.value(), ReviewReport.class);
    } catch (RuntimeException e) {
      // not ours to dead-letter (synthesis owns the topic): say so and go on
      log.warn(
          "Unreadable report at {}-{}@{} skipped: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      count("unreadable");
      return;
    }
    boolean revision = record.headers().lastHeader(REVISION_HEADER) != null;
    jobs.publish(GatewayJob.report(provider.get(), report, revision), HAND_OVER);
    count("forwarded");
  }

  /** The fields of a report that tell whose review it is. */
  private record ReportOrigin(String reviewId, SourceRef source) {}

  private void count(String outcome) {
    counters
        .computeIfAbsent(
            outcome,
            o ->
                Counter.builder("scm.gateway.reports")
                    .description("Reports read from review-reports, by what became of them")
                    .tag("outcome", o)
                    .register(meters))
        .increment();
  }
}
