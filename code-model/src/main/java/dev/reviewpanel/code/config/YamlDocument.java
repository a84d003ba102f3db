package dev.reviewpanel.code.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a JSON tree that remembers the line of every key and item, so a schema error
 * found in the tree can name the line it comes from. Composed with SnakeYAML (its nodes carry
 * marks), never constructed: no tag turns into an object, and aliases are bounded.
 */
public final class YamlDocument {

  private static final int MAX_ALIASES = 50;
  private static final int MAX_CODE_POINTS = 2_000_000;
  private static final int MAX_NESTING = 64;

  private final JsonNode root;
  private final Map<String, Integer> lines;
  private final Node composed;

  private YamlDocument(JsonNode root, Map<String, Integer> lines, Node composed) {
    this.root = root;
    this.lines = lines;
    this.composed = composed;
  }

  /**
   * Parses {@code text}; an empty document is an empty map.
   *
   * @throws InvalidConfigException when the text is not YAML, holds several documents, or repeats a
   *     key
   */
  public static YamlDocument parse(String text, String origin) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_NESTING);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    Node node;
    try {
      Iterator<Node> documents = yaml.composeAll(new StringReader(text)).iterator();
      node = documents.hasNext() ? documents.next() : null;
      if (documents.hasNext()) {
        Node second = documents.next();
        throw new InvalidConfigException(
            origin,
            List.of(
                new ConfigProblem(
                    "", line(second), "holds more than one YAML document; keep one")));
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
      throw new InvalidConfigException(
          origin, List.of(new ConfigProblem("", line, "is not valid YAML: " + problem)));
    } catch (YAMLException e) {
      throw new InvalidConfigException(
          origin, List.of(new ConfigProblem("", 0, "is not valid YAML: " + e.getMessage())));
    }
    Map<String, Integer> lines = new HashMap<>();
    if (node == null) {
      return new YamlDocument(JsonNodeFactory.instance.objectNode(), lines, null);
    }
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode root = convert(node, "", lines, problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(origin, problems);
    }
    return new YamlDocument(root, lines, node);
  }

  /**
   * The composed YAML node of a top-level key, with its marks, for readers of a section in another
   * format (the rule catalog's for {@code taint}); null when the key is absent.
   */
  public Node section(String key) {
    if (!(composed instanceof MappingNode mapping)) {
      return null;
    }
    for (NodeTuple entry : mapping.getValue()) {
      if (entry.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
        return entry.getValueNode();
      }
    }
    return null;
  }

  /** The document as JSON. */
  public JsonNode root() {
    return root;
  }

  /** The 1-based line of the key or item at {@code pointer} (JSON Pointer), 0 when unknown. */
  public int line(String pointer) {
    return lines.getOrDefault(pointer, 0);
  }

  private static JsonNode convert(
      Node node, String pointer, Map<String, Integer> lines, List<ConfigProblem> problems) {
    lines.putIfAbsent(pointer, line(node));
    if (node instanceof MappingNode mapping) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      for (NodeTuple entry : mapping.getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode key)) {
          problems.add(
              new ConfigProblem(
                  ConfigProblem.display(pointer), line(entry.getKeyNode()), "has a non-text key"));
          continue;
        }
        String child = pointer + "/" + escape(key.getValue());
        if (object.has(key.getValue())) {
          problems.add(
              new ConfigProblem(
                  ConfigProblem.display(child), line(key), "appears twice; keep one"));
          continue;
        }
        lines.put(child, line(key));
        object.set(key.getValue(), convert(entry.getValueNode(), child, lines, problems));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i, lines, problems));
      }
      return array;
    }
    return scalar((ScalarNode) node);
  }

  // Implicit YAML 1.1 types as SnakeYAML resolves them: off/on/yes/no are booleans.
  private static JsonNode scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    try {
      if (Tag.NULL.equals(tag)) {
        return JsonNodeFactory.instance.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JsonNodeFactory.instance.booleanNode(
            switch (value.toLowerCase(java.util.Locale.ROOT)) {
              case "yes", "true", "on" -> true;
              default -> false;
            });
      }
      if (Tag.INT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(Long.parseLong(value.replace("_", "")));
      }
      if (Tag.FLOAT.equals(tag)) {
        return JsonNodeFactory.instance.numberNode(Double.parseDouble(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      // 0x1f, 1:30 and other YAML 1.1 forms: kept as text, the schema then names what it wants
    }
    return JsonNodeFactory.instance.textNode(value);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
