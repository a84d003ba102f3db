package dev.reviewpanel.report;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.report.assembly.ReportAssembler;
import dev.reviewpanel.report.findings.FindingMerger;
import dev.reviewpanel.report.risk.RiskBands;
import dev.reviewpanel.report.risk.RiskScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic reports for renderer and read-model tests. */
public final class Reports {

  private Reports() {}

  public static ReviewReport sample(String reviewId) {
    Finding sql =
        new Finding(
            "fp-sql-1",
            "security",
            "java.sql-injection",
            "injection",
            "CWE-89",
            Severity.CRITICAL,
            Confidence.HIGH,
            "SQL injection",
            "Request parameter 'id' reaches Statement.executeQuery unsanitized.",
            "Use a PreparedStatement with bound parameters.",
            new Location("src/main/java/shop/OrderDao.java", 42, 43),
            "stmt.executeQuery(\"select * from orders where id=\" + id)",
            FindingOrigin.RULE);
    Finding loop =
        new Finding(
            "fp-perf-1",
            "performance",
            "java.query-in-loop",
            "performance",
            null,
            Severity.MEDIUM,
            Confidence.MEDIUM,
            "Query inside a loop",
            "repository.findById runs once per order line.",
            "Load the rows in one query before the loop.",
            Location.line("src/main/java/shop/OrderService.java", 17),
            "for (Line l : lines) { repository.findById(l.id()); }",
            FindingOrigin.RULE);
    return new ReviewReport(
        1,
        Instant.parse("2026-01-01T10:00:05Z"),
        reviewId,
        ReviewReport.Status.PARTIAL,
        ReviewReport.Decision.REJECT,
        87,
        "One critical injection; the bug agent timed out.",
        List.of(sql, loop),
        Map.of(Severity.CRITICAL, 1, Severity.MEDIUM, 1),
        List.of(
            new ReviewReport.AgentSummary("security", ReviewReport.AgentOutcome.COMPLETED, 1, 812),
            new ReviewReport.AgentSummary("bug", ReviewReport.AgentOutcome.TIMED_OUT, 0, 120000),
            new ReviewReport.AgentSummary(
                "performance", ReviewReport.AgentOutcome.COMPLETED, 1, 455)),
        Instant.parse("2026-01-01T10:00:00Z"),
        Instant.parse("2026-01-01T10:00:05Z"),
        new SourceRef("acme/shop", "42", "abc123", "refs/pull/42/head"));
  }

  /** A complete report of {@code findings}, merged and ranked, by the default panel. */
  public static ReviewReport of(String reviewId, List<Finding> findings) {
    List<Finding> merged = FindingMerger.merge(findings);
    int risk = RiskScore.of(findings);
    return new ReviewReport(
        1,
        Instant.parse("2026-01-01T10:00:05Z"),
        reviewId,
        ReviewReport.Status.COMPLETE,
        RiskBands.DEFAULT.decide(risk),
        risk,
        "Generated report.",
        merged,
        ReportAssembler.counts(merged),
        List.of(
            new ReviewReport.AgentSummary("security", ReviewReport.AgentOutcome.COMPLETED, 0, 10),
            new ReviewReport.AgentSummary("bug", ReviewReport.AgentOutcome.COMPLETED, 0, 10)),
        null,
        null,
        null);
  }

  /** {@code report} with {@code notAnalyzed} as its files not analyzed. */
  public static ReviewReport withNotAnalyzed(ReviewReport report, List<NotAnalyzed> notAnalyzed) {
    ReviewReport r = report;
    return new ReviewReport(
        r.schemaVersion(),
        r.occurredAt(),
        r.reviewId(),
        r.status(),
        r.decision(),
        r.riskScore(),
        r.summary(),
        r.findings(),
        r.counts(),
        r.agents(),
        r.submittedAt(),
        r.completedAt(),
        r.source(),
        r.llm(),
        notAnalyzed,
        r.panel());
  }
}
