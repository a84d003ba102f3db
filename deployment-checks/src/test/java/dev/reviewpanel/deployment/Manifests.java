package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The objects {@code kubectl kustomize <dir>} renders, with the look-ups the checks need. */
record Manifests(String directory, List<Map<String, Object>> objects) {

  /** The overlays (and the HPA alternative) a user applies. */
  static final List<String> RENDERED =
      List.of("k8s/overlays/dev", "k8s/overlays/prod", "k8s/alternatives/hpa");

  private static final Map<String, Manifests> RENDERS = new ConcurrentHashMap<>();

  /** Renders {@code directory}; skips the calling test when kubectl is not installed. */
  static Manifests render(String directory) {
    assumeTrue(Commands.onPath("kubectl"), "kubectl is not installed: Kustomize rendering skipped");
    return RENDERS.computeIfAbsent(directory, Manifests::kustomize);
  }

  private static Manifests kustomize(String directory) {
    Commands.Result result =
        Commands.run(ProjectFiles.root(), Map.of(), List.of("kubectl", "kustomize", directory));
    assertThat(result.exitCode())
        .as("kubectl kustomize %s: %s", directory, result.stderr())
        .isZero();
    return new Manifests(directory, YamlDocuments.loadAll(result.stdout()));
  }

  List<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
  }

  Map<String, Object> get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new AssertionError(directory + ": no " + kind + " " + name));
  }

  /** The shared settings (its name carries Kustomize's content hash). */
  Map<String, Object> settings() {
    return ofKind("ConfigMap").stream()
        .filter(c -> name(c).startsWith("review-panel-config"))
        .findFirst()
        .map(c -> Tree.mapAt(c, "data"))
        .orElseThrow(() -> new AssertionError(directory + ": no review-panel-config"));
  }

  int partitions() {
    return Integer.parseInt(String.valueOf(settings().get("topics.partitions")));
  }

  String namespace() {
    return name(ofKind("Namespace").get(0));
  }

  static String name(Map<String, Object> object) {
    return Tree.textAt(object, "metadata", "name");
  }

  static Map<String, Object> podSpec(Map<String, Object> deployment) {
    return Tree.mapAt(deployment, "spec", "template", "spec");
  }

  static Map<String, Object> podLabels(Map<String, Object> deployment) {
    return Tree.mapAt(deployment, "spec", "template", "metadata", "labels");
  }

  static Map<String, Object> container(Map<String, Object> deployment) {
    return Tree.mapAt(podSpec(deployment), "containers", 0);
  }
}
