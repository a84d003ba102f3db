package dev.reviewpanel.local.board;

import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.Panel;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report with every part the board renders, built from the contract's records: a taint finding
 * traced across two files, a suppressed finding, votes with a veto and a disagreement, and files
 * not analyzed. Labels and paths carry markup that must stay text.
 */
final class TracedReport {

  static final String CONTROLLER = "web/Orders<script>.java";
  static final String DAO = "data/OrderDao.java";
  static final Map<String, String> SOURCES =
      Map.of(
          CONTROLLER,
          "class Orders {\n  String find(HttpServletRequest request) {\n"
              + "    String id = request.getParameter(\"id\");\n    return dao.byId(id);\n  }\n}\n",
          DAO,
          "class OrderDao {\n  String byId(String id) {\n"
              + "    return jdbc.query(\"select * from orders where id = \" + id);\n  }\n}\n");

  private TracedReport() {}

  static ReviewReport build(String reviewId) {
    Finding sql =
        new Finding(
            "fp-sql",
            "security",
            "java.sql-injection",
            "injection",
            "CWE-89",
            Severity.CRITICAL,
            Confidence.HIGH,
            "SQL injection",
            "Request parameter 'id' reaches JdbcTemplate.query.",
            "Bind the id as a parameter.",
            Location.line(DAO, 3),
            "return jdbc.query(\"select * from orders where id = \" + id);",
            FindingOrigin.RULE,
            List.of(
                new TraceStep(CONTROLLER, 3, TraceStep.Kind.SOURCE, "request parameter 'id'"),
                new TraceStep(CONTROLLER, 4, TraceStep.Kind.STEP, "passed to OrderDao.byId(id)"),
                new TraceStep(DAO, 3, TraceStep.Kind.SINK, "concatenated into SQL <img src=x>")),
            null);
    Finding weak =
        new Finding(
                "fp-md5",
                "security",
                "java.weak-hash",
                "crypto",
                "CWE-328",
                Severity.LOW,
                Confidence.MEDIUM,
                "Weak hash",
                "MD5 is used.",
                "Use SHA-256.",
                Location.line(CONTROLLER, 1),
                "MessageDigest.getInstance(\"MD5\")",
                FindingOrigin.RULE)
            .withSuppression(
                new Suppression(Suppression.Kind.IN_SOURCE, "checksum only, not a password"));
    Panel panel =
        new Panel(
            List.of(
                new Panel.Vote(
                    "security",
                    ReviewReport.Decision.REJECT,
                    Confidence.HIGH,
                    "1 critical finding on a traced path",
                    2.0),
                new Panel.Vote(
                    "performance", ReviewReport.Decision.APPROVE, Confidence.HIGH, "nothing", 0.5)),
            new Panel.Veto(
                "security", ReviewReport.Decision.REJECT, "critical, high confidence", "fp-sql"),
            List.of(
                new Panel.Disagreement(
                    List.of("security", "performance"),
                    "REJECT (security) vs APPROVE (performance)",
                    "security's veto")),
            "weighted majority; security may veto");
    return new ReviewReport(
        1,
        Instant.now(),
        reviewId,
        ReviewReport.Status.COMPLETE,
        ReviewReport.Decision.REJECT,
        91,
        "Rejected: 1 critical finding.",
        List.of(sql, weak),
        Map.of(Severity.CRITICAL, 1, Severity.LOW, 1),
        List.of(
            new ReviewReport.AgentSummary("security", ReviewReport.AgentOutcome.COMPLETED, 2, 120)),
        Instant.now(),
        Instant.now(),
        null,
        null,
        List.of(
            NotAnalyzed.atIntake(
                "assets/logo.png", NotAnalyzed.Reason.BINARY, "binary content", null),
            new NotAnalyzed(
                DAO, NotAnalyzed.Reason.PARSE_ERROR, "unexpected token", 7, "bug", true)),
        panel);
  }
}
