package dev.reviewpanel.code.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reading composed YAML nodes with errors that name the file and line. */
final class YamlNodes {

  private final String file;

  YamlNodes(String file) {
    this.file = file;
  }

  int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  Specs.Origin origin(Node node) {
    return new Specs.Origin(file, line(node));
  }

  CatalogException error(Node node, String message) {
    return new CatalogException(file, line(node), message);
  }

  /** A mapping's entries by key; unknown keys are an error. */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, what + " must be a mapping");
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode(), "a key of " + what);
      if (!allowed.contains(key)) {
        throw error(
            tuple.getKeyNode(),
            "unknown key '"
                + key
                + "' in "
                + what
                + " (allowed: "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
      if (entries.put(key, tuple.getValueNode()) != null) {
        throw error(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
      }
    }
    return entries;
  }

  String scalar(Node node, String what) {
    if (!(node instanceof ScalarNode scalar)) {
      throw error(node, what + " must be a single value");
    }
    return scalar.getValue();
  }

  String string(Map<String, Node> entries, String key, String what, String fallback) {
    Node node = entries.get(key);
    return node == null ? fallback : scalar(node, "'" + key + "' of " + what);
  }

  String required(Map<String, Node> entries, Node owner, String key, String what) {
    Node node = entries.get(key);
    if (node == null) {
      throw error(owner, what + " needs '" + key + "'");
    }
    return scalar(node, "'" + key + "' of " + what);
  }

  List<Node> sequence(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error(node, what + " must be a list");
    }
    return sequence.getValue();
  }

  /** A list of values, or one value standing for a list of one. */
  List<String> strings(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof ScalarNode scalar) {
      return List.of(scalar.getValue());
    }
    List<String> values = new ArrayList<>();
    for (Node item : sequence(node, what)) {
      values.add(scalar(item, "an item of " + what));
    }
    return values;
  }

  boolean bool(Map<String, Node> entries, String key, String what) {
    String value = string(entries, key, what, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw error(entries.get(key), "'" + key + "' of " + what + " must be true or false");
    }
    return value.equals("true");
  }

  NamePattern pattern(Map<String, Node> entries, String key, String what) {
    Node node = entries.get(key);
    if (node == null) {
      return null;
    }
    try {
      return NamePattern.of(String.join("|", strings(node, "'" + key + "' of " + what)));
    } catch (IllegalArgumentException e) {
      throw error(node, "'" + key + "' of " + what + ": " + e.getMessage());
    }
  }
}
