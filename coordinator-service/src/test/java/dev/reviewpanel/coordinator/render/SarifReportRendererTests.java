package dev.reviewpanel.coordinator.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.coordinator.Reports;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.ReviewReport;
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
}
