package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.gateway.jobs.GatewayJob;
import dev.reviewpanel.gateway.jobs.JobPublisher;
import dev.reviewpanel.gateway.scm.Provider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * What the gateway's topic listeners share: reading a record they do not own without failing on it,
 * and handing a report for a pull request to the job topic, metered as {@code
 * scm_gateway_reports_total{outcome}}.
 */
@Component
class ReportHandOver {

  private static final Duration HAND_OVER = Duration.ofSeconds(30);

  private final JobPublisher jobs;
  private final MeterRegistry meters;

  ReportHandOver(JobPublisher jobs, MeterRegistry meters) {
    this.jobs = jobs;
    this.meters = meters;
  }

  /**
   * The record's value as {@code type}; empty for a tombstone and for a value that is not one: the
   * topics belong to other services, which dead-letter their own records, so the caller decides
   * whether that is worth a word.
   */
  static <T> Optional<T> read(ConsumerRecord<String, byte[]> record, Class<T> type) {
    if (record.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(EventJson.mapper().readValue(record.value(), type));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Hands {@code report} to the job topic, keyed by its pull request, and counts it. */
  void forward(Provider provider, ReviewReport report, boolean revision, String outcome) {
    jobs.publish(GatewayJob.report(provider, report, revision), HAND_OVER);
    count(outcome);
  }

  void count(String outcome) {
    Counter.builder("scm.gateway.reports")
        .description("Reports read from review-reports, and refusals, by what became of them")
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }
}
