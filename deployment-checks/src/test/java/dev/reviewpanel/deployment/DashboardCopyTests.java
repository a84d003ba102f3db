package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kustomize reads nothing outside k8s/: its dashboard copies must stay equal to the originals. */
class DashboardCopyTests {

  @Test
  void shouldShipTheSameDashboardsToKubernetesAsToCompose() {
    List<Path> originals = ProjectFiles.under("observability/grafana/dashboards", ".json");
    List<Path> copies = ProjectFiles.under("k8s/base/grafana", ".json");

    assertThat(copies.stream().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(
            originals.stream().map(p -> p.getFileName().toString()).toList());
    for (Path original : originals) {
      Path copy = ProjectFiles.resolve("k8s/base/grafana").resolve(original.getFileName());
      assertThat(copy)
          .as("k8s copy of %s: run k8s/sync-observability.sh", original.getFileName())
          .hasSameBinaryContentAs(original);
    }
  }

  @Test
  void shouldListEveryDashboardInTheKustomization() {
    String kustomization = ProjectFiles.read("k8s/base/kustomization.yaml");
    ProjectFiles.under("k8s/base/grafana", ".json")
        .forEach(copy -> assertThat(kustomization).contains("grafana/" + copy.getFileName()));
  }
}
