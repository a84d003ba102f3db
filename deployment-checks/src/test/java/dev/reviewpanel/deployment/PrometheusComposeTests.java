package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus in docker-compose scrapes every replica of every service on its real port. */
class PrometheusComposeTests {

  private final Map<String, Object> prometheus =
      YamlDocuments.load(ProjectFiles.read("observability/prometheus/prometheus-compose.yml"));

  @Test
  void shouldScrapeEveryReplicaOfEveryService() {
    ComposeFile compose = ComposeFile.load();
    List<Object> jobs = Tree.listAt(prometheus, "scrape_configs");
    for (ServiceConfig service : ServiceConfig.all().toList()) {
      assertThat(compose.services()).containsKey(service.name());
      assertThat(jobs)
          .as(
              "a job resolving every replica of %s (DNS A records) on port %d",
              service.name(), service.port())
          .anyMatch(
              job ->
                  "/actuator/prometheus".equals(Tree.textAt(job, "metrics_path"))
                      && Tree.listAt(job, "dns_sd_configs").stream()
                          .anyMatch(
                              sd ->
                                  "A".equals(Tree.textAt(sd, "type"))
                                      && Integer.valueOf(service.port()).equals(Tree.at(sd, "port"))
                                      && Tree.listAt(sd, "names").contains(service.name())));
    }
  }

  @Test
  void shouldLoadTheAlertRulesComposeMounts() {
    ComposeFile compose = ComposeFile.load();
    List<Object> volumes = Tree.listAt(compose.service("prometheus"), "volumes");
    for (Object rules : Tree.listAt(prometheus, "rule_files")) {
      assertThat(volumes)
          .as("rule file %s is mounted", rules)
          .anyMatch(v -> v.toString().endsWith(":" + rules + ":ro"));
    }
    assertThat(volumes)
        .anyMatch(
            v ->
                v.toString()
                    .startsWith(
                        "./observability/prometheus/prometheus-compose.yml:/etc/prometheus/prometheus.yml"));
  }

  @Test
  void shouldProvisionGrafanaWithTheDashboards() {
    List<Object> volumes = Tree.listAt(ComposeFile.load().service("grafana"), "volumes");
    assertThat(volumes)
        .contains(
            "./observability/grafana/provisioning:/etc/grafana/provisioning:ro",
            "./observability/grafana/dashboards:/var/lib/grafana/dashboards:ro");
  }
}
