package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every pod runs as the image's non-root user, read-only, bounded, spread and monitored. */
class KubernetesHardeningTests {

  static final List<String> OVERLAYS = Manifests.RENDERED;

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldRunEveryPodNonRootAndReadOnly(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      String name = Manifests.name(deployment);
      Map<String, Object> pod = Manifests.podSpec(deployment);
      Map<String, Object> container = Manifests.container(deployment);
      assertThat(Tree.at(pod, "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);
      // the image's user (Dockerfile: USER 10001:10001)
      assertThat(Tree.at(pod, "securityContext", "runAsUser")).as(name).isEqualTo(10001);
      assertThat(Tree.at(container, "securityContext", "readOnlyRootFilesystem"))
          .as(name)
          .isEqualTo(true);
      assertThat(Tree.at(container, "securityContext", "allowPrivilegeEscalation"))
          .as(name)
          .isEqualTo(false);
      assertThat(Tree.listAt(container, "securityContext", "capabilities", "drop"))
          .as(name)
          .contains("ALL");
      // the JVM, Tomcat and the tree-sitter natives write to /tmp only
      assertThat(Tree.listAt(container, "volumeMounts"))
          .as("%s mounts a writable /tmp", name)
          .anyMatch(m -> "/tmp".equals(Tree.textAt(m, "mountPath")));
      for (Object mount : Tree.listAt(container, "volumeMounts")) {
        assertThat(Tree.listAt(pod, "volumes"))
            .as("%s: volume of mount %s", name, mount)
            .anyMatch(
                v ->
                    Tree.textAt(v, "name").equals(Tree.textAt(mount, "name"))
                        && Tree.at(v, "emptyDir") != null);
      }
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldBoundEveryContainer(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      Map<String, Object> resources = Tree.mapAt(Manifests.container(deployment), "resources");
      for (String bound : List.of("requests", "limits")) {
        assertThat(Tree.mapAt(resources, bound))
            .as("%s %s", Manifests.name(deployment), bound)
            .containsKeys("cpu", "memory");
      }
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldSpreadReplicasOverZonesAndNodes(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      List<Object> constraints =
          Tree.listAt(Manifests.podSpec(deployment), "topologySpreadConstraints");
      assertThat(constraints.stream().map(c -> Tree.textAt(c, "topologyKey")))
          .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
      assertThat(constraints)
          .as("%s spreads its own pods", Manifests.name(deployment))
          .allMatch(
              c ->
                  Tree.selects(
                      Tree.mapAt(c, "labelSelector", "matchLabels"),
                      Manifests.podLabels(deployment)));
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldShipTheDashboardsToGrafanasSidecar(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    Map<String, Object> dashboards = k8s.get("ConfigMap", "review-panel-dashboards");
    assertThat(Tree.mapAt(dashboards, "metadata", "labels"))
        .containsEntry("grafana_dashboard", "1");
    for (var original : ProjectFiles.under("observability/grafana/dashboards", ".json")) {
      String name = original.getFileName().toString();
      assertThat(Tree.mapAt(dashboards, "data"))
          .as("dashboard %s", name)
          .containsEntry(name, ProjectFiles.read("observability/grafana/dashboards/" + name));
    }
  }
}
