package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.gateway.jobs.JobTopics;
import dev.reviewpanel.gateway.jobs.JobsKafkaConfiguration;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code review-requests-dlt} (group {@code scm-gateway}) for the gateway's own requests the
 * coordinator refused, e.g. for an invalid {@code .review-panel.yml} on the target branch, and
 * posts the refusal to the pull request as a failed review: the summary says why (key and line of
 * the configuration) and the status is an error, instead of a review pending for ever. Counted as
 * {@code scm_gateway_reports_total{outcome="refused"}}.
 */
@Component
class RefusedRequestListener {

  /** The coordinator's reason for refusing a request, on its dead letter. */
  static final String REJECTION_HEADER = "reviewpanel-rejection-reason";

  private static final Logger log = LoggerFactory.getLogger(RefusedRequestListener.class);
  private final ReportHandOver handOver;
  private final Clock clock;

  RefusedRequestListener(ReportHandOver handOver, Clock clock) {
    this.handOver = handOver;
    this.clock = clock;
  }

  @KafkaListener(
      id = "scm-gateway-refused-requests",
      groupId = JobTopics.REPORTS_GROUP,
      topics = Topics.REVIEW_REQUESTS + Topics.DLT_SUFFIX,
      containerFactory = JobsKafkaConfiguration.REPORT_LISTENER_FACTORY)
  void onRefused(ConsumerRecord<String, byte[]> record) {
    // an unreadable request is not one of ours: the gateway writes requests the coordinator reads
    ReviewRequest request = ReportHandOver.read(record, ReviewRequest.class).orElse(null);
    Optional<Provider> provider = ownerOf(request);
    if (provider.isEmpty()) {
      return;
    }
    String reason = reason(record);
    log.warn(
        "The review of {} {} at {} was refused: {}",
        request.source().repository(),
        request.source().pullRequest(),
        request.source().commit(),
        reason);
    handOver.forward(provider.get(), refusal(request, reason, clock.instant()), false, "refused");
  }

  // a request of the gateway: its idempotency key is <provider>:<repo>:<pr>:<sha> of its source
  static Optional<Provider> ownerOf(ReviewRequest request) {
    if (request == null || request.source() == null || request.idempotencyKey() == null) {
      return Optional.empty();
    }
    var source = request.source();
    if (source.repository() == null || source.pullRequest() == null || source.commit() == null) {
      return Optional.empty();
    }
    for (Provider provider : Provider.values()) {
      String key =
          new PullRequest(provider, source.repository(), source.pullRequest())
              .idempotencyKey(source.commit());
      if (key.equals(request.idempotencyKey())) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }

  static ReviewReport refusal(ReviewRequest request, String reason, Instant now) {
    String reviewId =
        request.reviewId() != null
            ? request.reviewId()
            : ReviewRequest.reviewIdFor(request.idempotencyKey());
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        now,
        reviewId,
        ReviewReport.Status.FAILED,
        null,
        0,
        "Review refused: " + reason,
        List.of(),
        Map.of(),
        List.of(),
        now,
        now,
        request.source());
  }

  private static String reason(ConsumerRecord<String, byte[]> record) {
    Header header = record.headers().lastHeader(REJECTION_HEADER);
    return header == null
        ? "the coordinator could not plan it (no reason given)"
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
