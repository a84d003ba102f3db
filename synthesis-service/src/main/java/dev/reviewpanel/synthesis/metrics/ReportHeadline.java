package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The fields of a {@link ReviewReport} the metrics read. Synthesis writes them as headers of each
 * report record, so the report meter reads a report without parsing it; a report without them (one
 * written before they existed) is bound from its JSON, skipping findings, agents and summary.
 */
public record ReportHeadline(
    ReviewReport.Status status,
    ReviewReport.Decision decision,
    Instant submittedAt,
    Instant completedAt) {

  static final String STATUS = "reviewpanel-report-status";
  static final String DECISION = "reviewpanel-report-decision";
  static final String SUBMITTED_AT = "reviewpanel-report-submitted-at";
  static final String COMPLETED_AT = "reviewpanel-report-completed-at";

  /** The headline of {@code report} as record headers. */
  public static Headers headersOf(ReviewReport report) {
    Headers headers = new RecordHeaders();
    add(headers, STATUS, report.status());
    add(headers, DECISION, report.decision());
    add(headers, SUBMITTED_AT, report.submittedAt());
    add(headers, COMPLETED_AT, report.completedAt());
    return headers;
  }

  /**
   * The headline of a report record: from its headers when synthesis wrote them, else from its
   * JSON. Throws when neither can be read.
   */
  static ReportHeadline of(Headers headers, byte[] json) {
    if (headers.lastHeader(STATUS) == null) {
      return EventJson.mapper().readValue(json, ReportHeadline.class);
    }
    String status = text(headers, STATUS);
    String decision = text(headers, DECISION);
    String submittedAt = text(headers, SUBMITTED_AT);
    String completedAt = text(headers, COMPLETED_AT);
    return new ReportHeadline(
        ReviewReport.Status.valueOf(status),
        decision == null ? null : ReviewReport.Decision.valueOf(decision),
        submittedAt == null ? null : Instant.parse(submittedAt),
        completedAt == null ? null : Instant.parse(completedAt));
  }

  private static void add(Headers headers, String name, Object value) {
    if (value != null) {
      headers.add(name, value.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }
}
