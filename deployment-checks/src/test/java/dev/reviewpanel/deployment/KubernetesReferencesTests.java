package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Inside each rendered overlay, every reference between objects resolves. */
class KubernetesReferencesTests {

  /** Secrets created outside Git (never rendered with values): see k8s/overlays/prod. */
  private static final Set<String> EXTERNAL_SECRETS =
      Set.of("review-panel-secrets", "review-panel-scm");

  static final List<String> OVERLAYS = Manifests.RENDERED;

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldRenderOneDeploymentServiceAndBudgetPerService(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget")) {
      assertThat(k8s.ofKind(kind).stream().map(Manifests::name))
          .as("%s in %s", kind, overlay)
          .containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
    }
    assertThat(k8s.ofKind("Namespace")).hasSize(1);
    assertThat(k8s.objects())
        .filteredOn(o -> !"Namespace".equals(o.get("kind")))
        .allSatisfy(
            o -> assertThat(Tree.textAt(o, "metadata", "namespace")).isEqualTo(k8s.namespace()));
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldMatchEverySelectorToPods(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    List<Map<String, Object>> deployments = k8s.ofKind("Deployment");
    for (Map<String, Object> deployment : deployments) {
      assertThat(
              Tree.selects(
                  Tree.mapAt(deployment, "spec", "selector", "matchLabels"),
                  Manifests.podLabels(deployment)))
          .as("selector of Deployment %s matches its pods", Manifests.name(deployment))
          .isTrue();
    }
    for (String kind : List.of("Service", "PodDisruptionBudget")) {
      for (Map<String, Object> object : k8s.ofKind(kind)) {
        Map<String, Object> selector =
            kind.equals("Service")
                ? Tree.mapAt(object, "spec", "selector")
                : Tree.mapAt(object, "spec", "selector", "matchLabels");
        assertThat(deployments)
            .as("%s %s selects exactly its own Deployment", kind, Manifests.name(object))
            .filteredOn(d -> Tree.selects(selector, Manifests.podLabels(d)))
            .extracting(Manifests::name)
            .containsExactly(Manifests.name(object));
      }
    }
    for (Map<String, Object> policy : k8s.ofKind("NetworkPolicy")) {
      Map<String, Object> selector = Tree.mapAt(policy, "spec", "podSelector", "matchLabels");
      assertThat(deployments)
          .as("NetworkPolicy %s applies to some pods", Manifests.name(policy))
          .anyMatch(d -> Tree.selects(selector, Manifests.podLabels(d)));
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldRouteServicesAndProbesToContainerPorts(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> service : k8s.ofKind("Service")) {
      String name = Manifests.name(service);
      Map<String, Object> container = Manifests.container(k8s.get("Deployment", name));
      Map<String, Object> port = Tree.mapAt(container, "ports", 0);
      int expected = ServiceConfig.of(name).port();
      assertThat(port.get("containerPort"))
          .as("%s container port = server.port", name)
          .isEqualTo(expected);
      assertThat(PodEnvironment.of(k8s, k8s.get("Deployment", name)))
          .as("%s SERVER_PORT", name)
          .containsEntry("SERVER_PORT", String.valueOf(expected));
      for (Object servicePort : Tree.listAt(service, "spec", "ports")) {
        Object target = Tree.at(servicePort, "targetPort");
        assertThat(List.of(port.get("name"), port.get("containerPort")))
            .as("Service %s targetPort %s is a container port", name, target)
            .contains(target);
      }
      for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
        assertThat(Tree.textAt(container, probe, "httpGet", "port"))
            .as("%s %s", name, probe)
            .isEqualTo(port.get("name"));
        assertThat(Tree.textAt(container, probe, "httpGet", "path"))
            .startsWith("/actuator/health/");
      }
      assertThat(Tree.textAt(container, "readinessProbe", "httpGet", "path"))
          .isEqualTo("/actuator/health/readiness");
      assertThat(Tree.textAt(container, "livenessProbe", "httpGet", "path"))
          .isEqualTo("/actuator/health/liveness");
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldScrapeEveryServiceThroughTheServiceMonitor(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    Map<String, Object> monitor = k8s.ofKind("ServiceMonitor").get(0);
    Map<String, Object> selector = Tree.mapAt(monitor, "spec", "selector", "matchLabels");
    String port = Tree.textAt(monitor, "spec", "endpoints", 0, "port");
    assertThat(Tree.textAt(monitor, "spec", "endpoints", 0, "path"))
        .isEqualTo("/actuator/prometheus");
    assertThat(k8s.ofKind("Service"))
        .filteredOn(s -> Tree.selects(selector, Tree.mapAt(s, "metadata", "labels")))
        .hasSize(ServiceConfig.SERVICES.size())
        .allSatisfy(
            s ->
                assertThat(Tree.listAt(s, "spec", "ports"))
                    .anyMatch(p -> port.equals(Tree.textAt(p, "name"))));
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldResolveEveryConfigMapAndSecretReference(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      Map<String, String> env = PodEnvironment.of(k8s, deployment);
      env.values().stream()
          .filter(v -> v.startsWith("<secret:"))
          .forEach(
              ref -> {
                String secret = ref.substring(8, ref.indexOf('/'));
                String key = ref.substring(ref.indexOf('/') + 1, ref.length() - 1);
                // Strimzi's User Operator writes a Secret per KafkaUser, named after the user
                if (k8s.find("KafkaUser", secret).isPresent()) {
                  assertThat(key)
                      .as("%s: key of user secret %s", overlay, secret)
                      .isIn("password", "sasl.jaas.config");
                  return;
                }
                boolean rendered = k8s.find("Secret", secret).isPresent();
                assertThat(rendered || EXTERNAL_SECRETS.contains(secret))
                    .as("%s: secret %s", overlay, secret)
                    .isTrue();
                rendered =
                    rendered && Tree.mapAt(k8s.get("Secret", secret), "data").containsKey(key);
                assertThat(rendered || EXTERNAL_SECRETS.contains(secret))
                    .as("%s: key %s of %s", overlay, key, secret)
                    .isTrue();
              });
    }
  }

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldBindEveryEnvironmentVariableToARealProperty(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      ServiceConfig service = ServiceConfig.of(Manifests.name(deployment));
      PropertyCatalog catalog = PropertyCatalog.forService(service);
      assertThat(PodEnvironment.of(k8s, deployment).keySet())
          .as("%s: variables of %s that no property of the service binds", overlay, service.name())
          .allMatch(catalog::binds);
    }
  }
}
