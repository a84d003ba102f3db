package dev.reviewpanel.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Suppression;
import dev.reviewpanel.events.TraceStep;
import dev.reviewpanel.report.RandomFindings;
import dev.reviewpanel.report.Reports;
import dev.reviewpanel.report.TestEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifReportRendererTests {

  private final JsonNode sarif =
      EventJson.mapper().readTree(new SarifReportRenderer().render(Reports.sample("r-1")));

  @Test
  void shouldDeclareSarif210WithOneRunPerAgent() {
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asString()).contains("sarif-2.1.0");
    assertThat(sarif.get("runs").size()).isEqualTo(3);
    assertThat(sarif.at("/runs/0/tool/driver/name").asString()).isEqualTo("review-panel-security");
    assertThat(sarif.at("/runs/1/tool/driver/name").asString()).isEqualTo("review-panel-bug");
    assertThat(sarif.at("/runs/1/results").size()).isZero();
  }

  @Test
  void shouldDescribeRulesWithCweTagsAndSecuritySeverity() {
    JsonNode rule = sarif.at("/runs/0/tool/driver/rules/0");

    assertThat(rule.get("id").asString()).isEqualTo("java.sql-injection");
    assertThat(rule.at("/shortDescription/text").asString()).isEqualTo("SQL injection");
    assertThat(rule.at("/help/text").asString()).contains("PreparedStatement");
    assertThat(rule.at("/properties/tags").valueStream().map(JsonNode::asString))
        .contains("security", "injection", "CWE-89", "external/cwe/cwe-89");
    assertThat(rule.at("/properties/security-severity").asString()).isEqualTo("9.5");
    assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("error");

    JsonNode perfRule = sarif.at("/runs/2/tool/driver/rules/0");
    assertThat(perfRule.at("/properties/security-severity").isMissingNode()).isTrue();
  }

  @Test
  void shouldLocateResultsAndFingerprintThem() {
    JsonNode result = sarif.at("/runs/0/results/0");

    assertThat(result.get("ruleId").asString()).isEqualTo("java.sql-injection");
    assertThat(result.get("ruleIndex").asInt()).isZero();
    assertThat(result.get("level").asString()).isEqualTo("error");
    assertThat(result.at("/message/text").asString()).contains("executeQuery");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asString())
        .isEqualTo("src/main/java/shop/OrderDao.java");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(42);
    assertThat(location.at("/region/endLine").asInt()).isEqualTo(43);
    assertThat(result.at("/partialFingerprints/reviewPanel~1v1").asString()).isEqualTo("fp-sql-1");
    assertThat(sarif.at("/runs/2/results/0/level").asString()).isEqualTo("warning");
  }

  @Test
  void shouldRenderFindingsWithMissingFieldsUnderAnUnknownAgent() {
    Finding bare =
        new Finding(
            "fp-bare", null, null, null, null, null, null, "Odd", null, null, null, null, null);
    Finding pathless =
        new Finding(
            "fp-pathless",
            null,
            "x.rule",
            null,
            null,
            null,
            null,
            null,
            "no path",
            null,
            new Location(null, 3, 3),
            null,
            null);
    ReviewReport sample = Reports.sample("r-2");
    ReviewReport report =
        new ReviewReport(
            1,
            sample.occurredAt(),
            "r-2",
            sample.status(),
            sample.decision(),
            10,
            null,
            List.of(bare, pathless),
            null,
            List.of(new ReviewReport.AgentSummary(null, null, 2, 5)),
            null,
            null,
            null);

    JsonNode rendered = EventJson.mapper().readTree(new SarifReportRenderer().render(report));

    assertThat(rendered.get("runs").size()).isEqualTo(1);
    JsonNode run = rendered.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("review-panel-unknown");
    assertThat(run.get("results").size()).isEqualTo(2);
    JsonNode first = run.at("/results/0");
    assertThat(first.get("ruleId").asString()).isEqualTo("unknown");
    assertThat(first.get("level").asString()).isEqualTo("note");
    assertThat(first.at("/message/text").asString()).isEqualTo("Odd");
    assertThat(first.has("locations")).isFalse();
    JsonNode second = run.at("/results/1");
    assertThat(second.get("ruleId").asString()).isEqualTo("x.rule");
    assertThat(second.has("locations")).isFalse();
    assertThat(second.at("/partialFingerprints/reviewPanel~1v1").asString())
        .isEqualTo("fp-pathless");
  }

  @Test
  void shouldCarryTheTraceOfATaintFindingAsACodeFlow() {
    Finding f = TestEvents.finding("security", "java.sql-injection", Severity.HIGH, "Dao.java", 40);
    Finding traced =
        f.withTrace(
            List.of(
                new TraceStep("Web.java", 12, TraceStep.Kind.SOURCE, "request parameter 'id'"),
                new TraceStep("Service.java", 20, TraceStep.Kind.STEP, "passed to find(id)"),
                new TraceStep("Dao.java", 40, TraceStep.Kind.SINK, "concatenated into SQL")));

    JsonNode result = render(Reports.of("r-3", List.of(traced))).at("/runs/0/results/0");

    JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
    assertThat(steps.size()).isEqualTo(3);
    assertThat(steps.at("/0/location/physicalLocation/artifactLocation/uri").asString())
        .isEqualTo("Web.java");
    assertThat(steps.at("/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(steps.at("/0/location/message/text").asString()).isEqualTo("request parameter 'id'");
    assertThat(steps.at("/0/kinds/0").asString()).isEqualTo("source");
    assertThat(steps.at("/1/importance").asString()).isEqualTo("important");
    assertThat(steps.at("/2/kinds/0").asString()).isEqualTo("sink");
    assertThat(render(Reports.sample("r-4")).at("/runs/0/results/0").has("codeFlows")).isFalse();
  }

  @Test
  void shouldKeepSuppressedFindingsAsSuppressedWithTheirJustification() {
    Finding inline =
        TestEvents.finding("security", "java.weak-hash", Severity.HIGH, "A.java", 3)
            .withSuppression(
                new Suppression(Suppression.Kind.IN_SOURCE, "checksum only, not a password"));
    Finding baseline =
        TestEvents.finding("security", "java.xss", Severity.MEDIUM, "B.java", 5)
            .withSuppression(
                new Suppression(Suppression.Kind.BASELINE, ".review-panel-baseline.json"));
    Finding counted = TestEvents.finding("security", "java.xss", Severity.MEDIUM, "C.java", 1);

    JsonNode results =
        render(Reports.of("r-5", List.of(inline, baseline, counted))).at("/runs/0/results");

    assertThat(results.size()).isEqualTo(3);
    assertThat(suppressionOf(results, "A.java").at("/kind").asString()).isEqualTo("inSource");
    assertThat(suppressionOf(results, "A.java").at("/justification").asString())
        .isEqualTo("checksum only, not a password");
    assertThat(suppressionOf(results, "B.java").at("/kind").asString()).isEqualTo("external");
    assertThat(suppressionOf(results, "B.java").at("/status").asString()).isEqualTo("accepted");
    assertThat(suppressionOf(results, "C.java").isMissingNode()).isTrue();
  }

  @Test
  void shouldListFilesNotAnalyzedAsNotificationsOfEveryRunThatMissedThem() {
    ReviewReport report =
        Reports.withNotAnalyzed(
            Reports.sample("r-6"),
            List.of(
                new NotAnalyzed(
                    "src/Broken.java",
                    NotAnalyzed.Reason.PARSE_ERROR,
                    "parse error at line 3",
                    3,
                    "security",
                    true),
                NotAnalyzed.atIntake(
                    "web/app.min.js", NotAnalyzed.Reason.MINIFIED, "one line of 48,210", null)));

    JsonNode sarif = render(report);

    JsonNode security = sarif.at("/runs/0/invocations/0");
    assertThat(security.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode notifications = security.get("toolExecutionNotifications");
    assertThat(notifications.size()).isEqualTo(2);
    assertThat(notifications.at("/0/level").asString()).isEqualTo("warning");
    assertThat(notifications.at("/0/descriptor/id").asString()).isEqualTo("PARSE_ERROR");
    assertThat(notifications.at("/0/message/text").asString())
        .isEqualTo("src/Broken.java was partly analyzed: parse error (parse error at line 3)");
    assertThat(notifications.at("/0/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(3);
    assertThat(notifications.at("/1/level").asString()).isEqualTo("note");
    JsonNode bug = sarif.at("/runs/1/invocations/0");
    assertThat(bug.get("executionSuccessful").asBoolean()).as("bug timed out").isFalse();
    assertThat(bug.get("toolExecutionNotifications").size()).as("only the intake's file").isOne();
  }

  @Test
  void shouldKeepEveryFindingOfALargeReport() {
    ReviewReport report = Reports.of("r-7", new RandomFindings(400, 40).findings(460));

    JsonNode sarif = render(report);

    int results = 0;
    for (JsonNode run : sarif.get("runs")) {
      results += run.get("results").size();
    }
    assertThat(results).isEqualTo(report.findings().size());
  }

  private static JsonNode render(ReviewReport report) {
    return EventJson.mapper().readTree(new SarifReportRenderer().render(report));
  }

  private static JsonNode suppressionOf(JsonNode results, String path) {
    for (JsonNode result : results) {
      if (result.at("/locations/0/physicalLocation/artifactLocation/uri").asString().equals(path)) {
        return result.at("/suppressions/0");
      }
    }
    throw new AssertionError("no result in " + path);
  }
}
