package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.ReviewReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Counts reports by status and decision and times each review from submission to report. Fed by
 * {@link EmittedReportListener}, so only reports that were really committed count.
 */
@Component
class ReportMetrics {

  private static final Duration[] SLOS = {
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60),
    Duration.ofSeconds(120)
  };

  private final MeterRegistry registry;

  ReportMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void reported(ReviewReport report) {
    String status = report.status().name();
    Counter.builder("review.reports")
        .description("Review reports emitted")
        .tag("status", status)
        .tag("decision", report.decision().name())
        .register(registry)
        .increment();
    if (report.submittedAt() == null || report.completedAt() == null) {
      return;
    }
    Duration elapsed = Duration.between(report.submittedAt(), report.completedAt());
    Timer.builder("review.end.to.end")
        .description("Time from review submission to its report")
        .tag("status", status)
        .publishPercentileHistogram()
        .serviceLevelObjectives(SLOS)
        .register(registry)
        .record(elapsed.isNegative() ? Duration.ZERO : elapsed);
  }
}
