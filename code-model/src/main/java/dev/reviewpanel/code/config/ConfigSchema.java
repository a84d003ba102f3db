package dev.reviewpanel.code.config;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The published JSON Schema of {@code .review-panel.yml} ({@code
 * schemas/review-panel-config.schema.json} in shared-events), applied to a {@link YamlDocument}:
 * each violation comes back with its key path and line.
 */
final class ConfigSchema {

  static final String RESOURCE = "/schemas/review-panel-config.schema.json";

  private static final JsonSchema SCHEMA = load();

  private ConfigSchema() {}

  static List<ConfigProblem> check(YamlDocument document) {
    return SCHEMA.validate(document.root()).stream()
        .map(message -> problem(message, document))
        .distinct()
        .sorted(Comparator.comparingInt(ConfigProblem::line).thenComparing(ConfigProblem::key))
        .toList();
  }

  private static ConfigProblem problem(ValidationMessage message, YamlDocument document) {
    String pointer = pointer(message.getInstanceLocation());
    String type = message.getType();
    String detail = wording(message);
    if (("additionalProperties".equals(type) || "propertyNames".equals(type))
        && message.getProperty() != null) {
      pointer = pointer + "/" + YamlDocument.escape(message.getProperty());
      detail =
          "additionalProperties".equals(type)
              ? "is not a known key here"
              : "is not a valid name here: lowercase letters, digits, - and _"
                  + (pointer.startsWith("/rules/") ? ", dotted like java.weak-hash" : "");
    }
    return new ConfigProblem(ConfigProblem.display(pointer), document.line(pointer), detail);
  }

  // The validator's wording, said the way a person editing YAML thinks of it.
  private static String wording(ValidationMessage message) {
    Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
    return switch (message.getType()) {
      case "enum", "const" ->
          "must be one of "
              + String.valueOf(args.length > 0 ? args[0] : "").replace("\"", "")
              + (message.getInstanceNode() == null ? "" : ", not " + message.getInstanceNode());
      case "type" ->
          args.length > 1
              ? "must be " + noun(args[1]) + ", not " + noun(args[0])
              : message.getError();
      case "required" -> "lacks the required key '" + message.getProperty() + "'";
      case "minProperties" -> "must set at least one key";
      case "minLength" -> "must not be empty";
      default -> message.getError();
    };
  }

  private static String noun(Object jsonType) {
    return switch (String.valueOf(jsonType)) {
      case "object" -> "a map";
      case "array" -> "a list";
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "empty";
      default -> String.valueOf(jsonType);
    };
  }

  private static String pointer(JsonNodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer
          .append('/')
          .append(
              element instanceof Integer index
                  ? index.toString()
                  : YamlDocument.escape(element.toString()));
    }
    return pointer.toString();
  }

  private static JsonSchema load() {
    try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
