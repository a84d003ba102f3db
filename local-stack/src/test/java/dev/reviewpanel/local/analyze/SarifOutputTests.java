package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SarifOutputTests {

  @TempDir Path root;

  private JsonNode sarif;

  @BeforeEach
  void analyzeSample() throws IOException {
    SampleTrees.copy("analyze-sample", root);
    sarif =
        EventJson.mapper()
            .readTree(SampleTrees.analyze(root, "src", "scripts", "--format", "sarif").out());
  }

  @Test
  void shouldDeclareSarifTwoOneZeroWithOneRunPerAgent() {
    assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asString()).contains("sarif-2.1.0");
    List<String> tools = new ArrayList<>();
    sarif.get("runs").forEach(run -> tools.add(run.at("/tool/driver/name").asString()));
    assertThat(tools).contains("review-panel-security", "review-panel-bug");
  }

  @Test
  void shouldDescribeSecurityRulesWithCweTagsLevelAndSecuritySeverity() {
    JsonNode rule = rule("java.sql-injection");

    assertThat(rule.at("/defaultConfiguration/level").asString()).isIn("error", "warning");
    List<String> tags = new ArrayList<>();
    rule.at("/properties/tags").forEach(tag -> tags.add(tag.asString()));
    assertThat(tags).contains("security", "CWE-89", "external/cwe/cwe-89");
    assertThat(Double.parseDouble(rule.at("/properties/security-severity").asString()))
        .isGreaterThanOrEqualTo(7.0);
  }

  @Test
  void shouldLocateEveryResultAndFingerprintIt() {
    List<JsonNode> results = new ArrayList<>();
    sarif.get("runs").forEach(run -> run.get("results").forEach(results::add));

    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(
            result -> {
              assertThat(result.get("level").asString()).isIn("error", "warning", "note");
              JsonNode location = result.at("/locations/0/physicalLocation");
              assertThat(location.at("/artifactLocation/uri").asString())
                  .isIn("src/Accounts.java", "scripts/ping.py");
              assertThat(location.at("/region/startLine").asInt()).isPositive();
              assertThat(result.at("/partialFingerprints").size()).isOne();
              JsonNode rules = runOf(result).at("/tool/driver/rules");
              assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                  .isEqualTo(result.get("ruleId").asString());
            });
  }

  private JsonNode rule(String id) {
    for (JsonNode run : sarif.get("runs")) {
      for (JsonNode rule : run.at("/tool/driver/rules")) {
        if (rule.get("id").asString().equals(id)) {
          return rule;
        }
      }
    }
    throw new AssertionError("no rule " + id + " in " + sarif);
  }

  private JsonNode runOf(JsonNode result) {
    for (JsonNode run : sarif.get("runs")) {
      for (JsonNode candidate : run.get("results")) {
        if (candidate == result) {
          return run;
        }
      }
    }
    throw new AssertionError("result outside every run");
  }
}
