package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.ReviewReport;
import java.time.Instant;

/**
 * The fields of a {@link ReviewReport} the metrics read, bound straight from the report's JSON: the
 * findings, agents and summary, most of a report's bytes, are skipped without being built.
 */
record ReportHeadline(
    ReviewReport.Status status,
    ReviewReport.Decision decision,
    Instant submittedAt,
    Instant completedAt) {}
