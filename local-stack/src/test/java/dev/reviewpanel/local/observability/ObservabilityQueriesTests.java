package dev.reviewpanel.local.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ObservabilityQueriesTests {

  private static final Path OBSERVABILITY = Path.of("..", "observability");

  @Test
  void shouldSplitAnAlertIntoTheSignalsItComparesWithoutThresholds() {
    assertThat(
            ObservabilityQueries.signals(
                "sum by (topic) (lag) > 100\nand sum by (topic) (delta(lag{t=~\"a and b\"}[10m])) > 0"))
        .containsExactly(
            "sum by (topic) (lag)", "sum by (topic) (delta(lag{t=~\"a and b\"}[10m]))");
    assertThat(ObservabilityQueries.signals("up{job=~\"x|y\"} == 0"))
        .containsExactly("up{job=~\"x|y\"}");
    assertThat(ObservabilityQueries.signals("a / b > bool 0.05")).containsExactly("a / b");
    assertThat(ObservabilityQueries.signals("rate(x[5m])")).containsExactly("rate(x[5m])");
  }

  @Test
  void shouldReadEveryPanelTargetWithVariablesReplaced() throws Exception {
    var queries =
        ObservabilityQueries.dashboard(
            OBSERVABILITY.resolve("grafana/dashboards/review-panel.json"));

    assertThat(queries)
        .extracting(ObservabilityQueries.Query::source)
        .contains("End-to-end latency [C]", "variable agent", "Consumer lag per partition [A]");
    assertThat(queries)
        .extracting(ObservabilityQueries.Query::expr)
        .allSatisfy(expr -> assertThat(expr).doesNotContainPattern("\\$[a-z_]"))
        .anySatisfy(expr -> assertThat(expr).contains("[5m]"));
  }

  @Test
  void shouldReadEveryAlertRule() throws Exception {
    var rules = ObservabilityQueries.alerts(OBSERVABILITY.resolve("prometheus/alerts.yml"));

    assertThat(rules)
        .extracting(ObservabilityQueries.AlertRule::name)
        .containsExactlyInAnyOrder(
            "ReviewConsumerLagGrowing",
            "ReviewDeadLettersAppearing",
            "ReviewEndToEndLatencyHigh",
            "ReviewAgentFailureRatioHigh",
            "ReviewServiceDown");
  }
}
