package dev.reviewpanel.deployment;

import java.util.LinkedHashMap;
import java.util.Map;

/** A container's environment with ConfigMap and Secret references resolved against a render. */
final class PodEnvironment {

  private PodEnvironment() {}

  /**
   * Variable name to value; a Secret reference resolves to {@code <secret:name/key>}, a downward
   * API field to {@code <field:path>}.
   */
  static Map<String, String> of(Manifests manifests, Map<String, Object> deployment) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Object entry : Tree.listAt(Manifests.container(deployment), "env")) {
      String name = Tree.textAt(entry, "name");
      Object literal = Tree.at(entry, "value");
      Map<String, Object> configRef = Tree.mapAt(entry, "valueFrom", "configMapKeyRef");
      Map<String, Object> secretRef = Tree.mapAt(entry, "valueFrom", "secretKeyRef");
      Map<String, Object> fieldRef = Tree.mapAt(entry, "valueFrom", "fieldRef");
      if (literal != null) {
        values.put(name, String.valueOf(literal));
      } else if (!configRef.isEmpty()) {
        Map<String, Object> configMap =
            manifests.get("ConfigMap", String.valueOf(configRef.get("name")));
        Object value = Tree.mapAt(configMap, "data").get(String.valueOf(configRef.get("key")));
        if (value == null) {
          throw new AssertionError(
              manifests.directory() + ": " + name + " refers to a missing key " + configRef);
        }
        values.put(name, String.valueOf(value));
      } else if (!secretRef.isEmpty()) {
        values.put(name, "<secret:" + secretRef.get("name") + "/" + secretRef.get("key") + ">");
      } else if (!fieldRef.isEmpty()) {
        // the downward API, e.g. the pod's name
        values.put(name, "<field:" + fieldRef.get("fieldPath") + ">");
      } else {
        throw new AssertionError(manifests.directory() + ": " + name + " has no value");
      }
    }
    return values;
  }
}
