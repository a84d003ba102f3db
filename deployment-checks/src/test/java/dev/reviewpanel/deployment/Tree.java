package dev.reviewpanel.deployment;

import java.util.List;
import java.util.Map;

/** Navigation in parsed YAML/JSON trees: {@code Tree.at(doc, "spec", "template", "spec")}. */
final class Tree {

  private Tree() {}

  /** The node at {@code path} (map keys, or list indexes as Integers), or null when absent. */
  static Object at(Object node, Object... path) {
    Object current = node;
    for (Object step : path) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof List<?> list && step instanceof Integer index) {
        current = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  static Map<String, Object> mapAt(Object node, Object... path) {
    Object found = at(node, path);
    return found == null ? Map.of() : map(found);
  }

  static List<Object> listAt(Object node, Object... path) {
    Object found = at(node, path);
    return found == null ? List.of() : list(found);
  }

  static String textAt(Object node, Object... path) {
    Object found = at(node, path);
    return found == null ? null : String.valueOf(found);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (!(node instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("not a mapping: " + node);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    if (!(node instanceof List<?>)) {
      throw new IllegalArgumentException("not a list: " + node);
    }
    return (List<Object>) node;
  }

  /** Label selector semantics: every {@code selector} entry is among {@code labels}. */
  static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
    return !selector.isEmpty()
        && selector.entrySet().stream()
            .allMatch(
                e -> String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey()))));
  }
}
