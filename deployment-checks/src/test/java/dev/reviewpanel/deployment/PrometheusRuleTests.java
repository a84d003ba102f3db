package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PrometheusRule in k8s/ carries exactly the alert rules of observability/. */
class PrometheusRuleTests {

  private static final String ALERTS = "observability/prometheus/alerts.yml";

  @Test
  void shouldCarryTheSameAlertRulesAsObservability() {
    Map<String, Object> rule =
        YamlDocuments.load(ProjectFiles.read("k8s/base/prometheus-rules.yaml"));
    assertThat(rule).containsEntry("kind", "PrometheusRule");
    List<Object> expected =
        Files.exists(ProjectFiles.resolve(ALERTS))
            ? Tree.listAt(YamlDocuments.load(ProjectFiles.read(ALERTS)), "groups")
            : List.of();

    assertThat(Tree.listAt(rule, "spec", "groups"))
        .as("run k8s/sync-observability.sh after changing %s", ALERTS)
        .isEqualTo(expected);
  }

  @Test
  void shouldDeployTheRulesWithEveryOverlay() {
    for (String overlay : Manifests.RENDERED) {
      assertThat(Manifests.render(overlay).find("PrometheusRule", "review-panel"))
          .as(overlay)
          .isPresent();
    }
  }
}
