package dev.reviewpanel.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One fully populated instance of every record, for round-trip and schema tests. */
final class Samples {

  static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");
  static final String REVIEW_ID = "3f0c7a9e-2b1d-4c55-9e7a-0d6f1b2c3a4e";
  static final SourceRef SOURCE = new SourceRef("acme/shop", "42", "a1b2c3d", "refs/heads/main");

  private Samples() {}

  static ReviewRequest request() {
    return new ReviewRequest(
        1,
        NOW,
        REVIEW_ID,
        "pr-42-a1b2c3d",
        SOURCE,
        List.of(new ReviewRequest.File("src/App.java", "class App {}\n", "java")),
        "--- a/src/App.java\n+++ b/src/App.java\n@@ -0,0 +1 @@\n+class App {}\n",
        List.of("security", "bug"),
        Duration.ofSeconds(90),
        "rules:\n  java.weak-hash: off\n",
        new ReviewOptions(true, false),
        baseline());
  }

  static Baseline baseline() {
    return new Baseline(
        1,
        List.of(
            new Baseline.Entry(
                "5d41402abc4b2a76b9719d911017c592", "java.weak-hash", "src/App.java")));
  }

  static Finding finding() {
    return new Finding(
        "security:java.sql-injection:src/App.java:9f2c",
        "security",
        "java.sql-injection",
        "injection",
        "CWE-89",
        Severity.CRITICAL,
        Confidence.HIGH,
        "SQL built from request data",
        "request parameter 'id' reaches Statement.executeQuery",
        "Use a PreparedStatement with bound parameters.",
        new Location("src/App.java", 12, 13),
        "stmt.executeQuery(\"select * from t where id=\" + id)",
        FindingOrigin.RULE,
        List.of(
            new TraceStep("src/App.java", 9, TraceStep.Kind.SOURCE, "request parameter 'id'"),
            new TraceStep("src/App.java", 12, TraceStep.Kind.SINK, "Statement.executeQuery")),
        new Suppression(Suppression.Kind.IN_SOURCE, "ids are validated by the gateway"));
  }

  static ReviewPlan plan() {
    return new ReviewPlan(
        1,
        NOW,
        REVIEW_ID,
        List.of(new ReviewPlan.PlannedTask("t-1", "security")),
        NOW.plusSeconds(120),
        NOW,
        SOURCE,
        List.of(notAnalyzed()));
  }

  static NotAnalyzed notAnalyzed() {
    return new NotAnalyzed(
        "web/app.min.js",
        NotAnalyzed.Reason.MINIFIED,
        "one line of 48,210 characters",
        1,
        null,
        false);
  }

  static ReviewTask task() {
    return new ReviewTask(
        1,
        NOW,
        REVIEW_ID,
        "t-1",
        "security",
        new ReviewTask.Shard(0, 2),
        List.of(
            new ReviewTask.File(
                "src/App.java", "java", "class App {}\n", List.of(new LineRange(1, 1)))),
        NOW.plusSeconds(120),
        "rules:\n  java.weak-hash: off\n",
        ReviewOptions.DEFAULTS);
  }

  static AgentResult result() {
    return new AgentResult(
        1,
        NOW,
        REVIEW_ID,
        "t-1",
        "security",
        AgentResult.Status.FAILED,
        List.of(finding()),
        new AgentResult.Stats(35, 1, 14, 10, 20),
        new AgentResult.Error("TimeoutException", "budget of 30s exceeded"),
        "security-worker-7f9c",
        new AgentResult.LlmUsage(
            "gpt-4o-mini",
            AgentResult.LlmStatus.PARTIAL,
            2,
            1200,
            300,
            0.0004,
            1,
            List.of("src/Big.java:200-900"),
            "token budget reached after 2 of 3 chunks"),
        List.of(
            new NotAnalyzed(
                "src/Broken.java",
                NotAnalyzed.Reason.PARSE_ERROR,
                "parse error at line 3",
                3,
                "security",
                true)),
        new AgentVote(ReviewReport.Decision.REJECT, Confidence.HIGH, "1 critical injection"));
  }

  static ReviewReport report() {
    return new ReviewReport(
        1,
        NOW,
        REVIEW_ID,
        ReviewReport.Status.PARTIAL,
        ReviewReport.Decision.REJECT,
        87,
        "Rejected: 1 critical finding.",
        List.of(finding()),
        Map.of(Severity.CRITICAL, 1),
        List.of(
            new ReviewReport.AgentSummary("security", ReviewReport.AgentOutcome.COMPLETED, 1, 35),
            new ReviewReport.AgentSummary(
                "bug", ReviewReport.AgentOutcome.TIMED_OUT, 0, 0, "no result by the deadline")),
        NOW,
        NOW.plusSeconds(2),
        SOURCE,
        new ReviewReport.LlmSummary(
            1200,
            300,
            0.0004,
            List.of("bug"),
            List.of("security: src/Big.java:200-900"),
            ReviewReport.SummaryOrigin.LLM),
        List.of(
            notAnalyzed(),
            new NotAnalyzed(
                "src/Broken.java",
                NotAnalyzed.Reason.PARSE_ERROR,
                "parse error at line 3",
                3,
                null,
                true,
                List.of("security", "bug"))),
        new Panel(
            List.of(
                new Panel.Vote(
                    "security",
                    ReviewReport.Decision.REJECT,
                    Confidence.HIGH,
                    "1 critical injection",
                    2.0,
                    Map.of("injection", 2.5),
                    92),
                new Panel.Vote("bug", null, null, "no result by the deadline", 1.0, Map.of(), 0)),
            new Panel.Veto(
                "security",
                ReviewReport.Decision.REJECT,
                "critical finding with high confidence",
                "security:java.sql-injection:src/App.java:9f2c",
                false),
            List.of(
                new Panel.Disagreement(
                    List.of("security", "performance"),
                    "REJECT (security) vs APPROVE (performance)",
                    "weighted evidence: risk 87/100 is in the REJECT band 70-100")),
            "weighted evidence, each root cause once; ties to the stricter report; security veto",
            ReviewReport.Decision.REJECT));
  }

  static ReviewEvent event() {
    return new ReviewEvent(
        1, NOW, REVIEW_ID, ReviewEvent.Type.AGENT_COMPLETED, "security", Map.of("findings", 3));
  }
}
