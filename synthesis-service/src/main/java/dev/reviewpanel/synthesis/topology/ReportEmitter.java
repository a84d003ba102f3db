package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.report.assembly.ReportAssembler;
import dev.reviewpanel.synthesis.metrics.ReportHeadline;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits a review's report and its REPORT_READY event from the synthesizer. Metering happens where
 * the report becomes visible (synthesis {@code metrics} package), never here: this may run again
 * when a Streams transaction aborts.
 */
final class ReportEmitter {

  private static final Logger log = LoggerFactory.getLogger(ReportEmitter.class);

  private final ProcessorContext<String, Object> context;
  private final ReportAssembler assembler;

  ReportEmitter(ProcessorContext<String, Object> context, ReportAssembler assembler) {
    this.context = context;
    this.assembler = assembler;
  }

  void emit(String reviewId, ReviewPlan plan, Map<String, AgentResult> results, Instant now) {
    ReviewReport report = assembler.assemble(plan, results, now);
    ReviewEvent ready =
        new ReviewEvent(
            ReviewEvent.SCHEMA_VERSION,
            now,
            reviewId,
            ReviewEvent.Type.REPORT_READY,
            null,
            Map.of(
                "status", report.status().name(),
                "decision", report.decision().name(),
                "riskScore", report.riskScore()));
    long timestamp = now.toEpochMilli();
    // the headline as headers too: the report meter reads them instead of the report
    context.forward(
        new Record<>(reviewId, report, timestamp, ReportHeadline.headersOf(report)),
        SynthesisTopology.REPORTS_SINK);
    context.forward(new Record<>(reviewId, ready, timestamp), SynthesisTopology.EVENTS_SINK);
    // debug: one line per review is noise at production rates; review_reports_total counts them
    log.debug(
        "Review {} reported: {} {} risk {}",
        reviewId,
        report.status(),
        report.decision(),
        report.riskScore());
  }
}
