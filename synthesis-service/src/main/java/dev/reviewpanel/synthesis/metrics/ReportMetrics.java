package dev.reviewpanel.synthesis.metrics;

import dev.reviewpanel.events.ReviewReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
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
  // made once: building a meter's id for every report cost more than the count itself
  private final Map<ReviewReport.Status, Map<ReviewReport.Decision, Counter>> reports =
      new EnumMap<>(ReviewReport.Status.class);
  private final Map<ReviewReport.Status, Timer> endToEnd = new EnumMap<>(ReviewReport.Status.class);

  ReportMetrics(MeterRegistry registry) {
    this.registry = registry;
    // registered at zero up front, so the first report is an increase that rate() can see
    for (ReviewReport.Status status : ReviewReport.Status.values()) {
      endToEnd.put(status, endToEnd(status.name()));
      Map<ReviewReport.Decision, Counter> byDecision = new EnumMap<>(ReviewReport.Decision.class);
      for (ReviewReport.Decision decision : ReviewReport.Decision.values()) {
        byDecision.put(decision, reports(status.name(), decision.name()));
      }
      reports.put(status, byDecision);
    }
  }

  void reported(ReportHeadline report) {
    reports.get(report.status()).get(report.decision()).increment();
    if (report.submittedAt() == null || report.completedAt() == null) {
      return;
    }
    Duration elapsed = Duration.between(report.submittedAt(), report.completedAt());
    endToEnd.get(report.status()).record(elapsed.isNegative() ? Duration.ZERO : elapsed);
  }

  private Counter reports(String status, String decision) {
    return Counter.builder("review.reports")
        .description("Review reports emitted")
        .tag("status", status)
        .tag("decision", decision)
        .register(registry);
  }

  private Timer endToEnd(String status) {
    return Timer.builder("review.end.to.end")
        .description("Time from review submission to its report")
        .tag("status", status)
        .publishPercentileHistogram()
        .serviceLevelObjectives(SLOS)
        .register(registry);
  }
}
