package dev.reviewpanel.gateway;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.gateway.scm.Push;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reports and findings as synthesis would publish them, for the gateway's tests. */
public final class Reports {

  private Reports() {}

  public static Finding finding(
      String fingerprint, Severity severity, String path, int line, String title) {
    return new Finding(
        fingerprint,
        "security",
        "python." + title.toLowerCase().replace(' ', '-'),
        "injection",
        "CWE-89",
        severity,
        Confidence.HIGH,
        title,
        title + " on line " + line + ".",
        "Use a parameterized call.",
        Location.line(path, line),
        "snippet",
        FindingOrigin.RULE);
  }

  public static Finding suppressed(Finding finding) {
    return finding.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "accepted risk"));
  }

  /** The report of {@code push}'s review, with the id the coordinator would give it. */
  public static ReviewReport report(
      Push push, ReviewReport.Decision decision, List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.stream()
        .filter(f -> !f.suppressed())
        .forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return new ReviewReport(
        ReviewReport.SCHEMA_VERSION,
        Instant.now(),
        push.reviewId(),
        ReviewReport.Status.COMPLETE,
        decision,
        decision == ReviewReport.Decision.APPROVE ? 0 : 40,
        decision == ReviewReport.Decision.APPROVE
            ? "Approved: no findings; risk 0/100."
            : "Changes requested: " + findings.size() + " finding(s); risk 40/100.",
        findings,
        counts,
        List.of(
            new ReviewReport.AgentSummary(
                "security", ReviewReport.AgentOutcome.COMPLETED, findings.size(), 12)),
        Instant.now(),
        Instant.now(),
        new SourceRef(
            push.pullRequest().repository(),
            push.pullRequest().number(),
            push.headSha(),
            push.headRef()));
  }
}
