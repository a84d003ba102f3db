package dev.reviewpanel.code.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewpanel.code.catalog.RepositoryEntries;
import dev.reviewpanel.code.config.RepositoryConfig.FailOn;
import dev.reviewpanel.code.config.RepositoryConfig.Instruction;
import dev.reviewpanel.code.config.RepositoryConfig.Setting;
import dev.reviewpanel.events.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code .review-panel.yml}: YAML with node marks, the published schema, then the values.
 * Whatever is wrong is reported at once, each problem with its key and line; nothing falls back.
 */
public final class RepositoryConfigReader {

  /** How a configuration is named in errors when it has no file name. */
  public static final String FILE_NAME = ".review-panel.yml";

  private static final String TAINT = "taint";

  private RepositoryConfigReader() {}

  /** Reads {@code text}; null or blank is no configuration. */
  public static RepositoryConfig read(String text) {
    return read(text, FILE_NAME);
  }

  /**
   * Reads {@code text}, naming it {@code origin} in errors.
   *
   * @throws InvalidConfigException with every problem found
   */
  public static RepositoryConfig read(String text, String origin) {
    if (text == null || text.isBlank()) {
      return RepositoryConfig.NONE;
    }
    YamlDocument document = YamlDocument.parse(text, origin);
    List<ConfigProblem> problems = new ArrayList<>(ConfigSchema.check(document));
    if (!document.root().isObject() && problems.isEmpty()) {
      problems.add(new ConfigProblem("", 1, "must be a map of keys such as rules and paths"));
    }
    RepositoryEntries taint = RepositoryEntries.NONE;
    if (problems.isEmpty()) {
      taint = taint(document, text, origin, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(origin, problems);
    }
    JsonNode root = document.root();
    return new RepositoryConfig(
        settings(root.path("rules")),
        settings(root.path("categories")),
        new PathScope(
            globs(root.path("paths").path("include")), globs(root.path("paths").path("exclude"))),
        globs(root.path("tests").path("patterns")),
        failOn(root.path("fail-on")),
        instructions(root.path("llm").path("instructions")),
        ContentDigest.of(text),
        taint);
  }

  // the catalog's own reader checks what the schema cannot (patterns, one of call/access, ...)
  private static RepositoryEntries taint(
      YamlDocument document, String text, String origin, List<ConfigProblem> problems) {
    Node section = document.section(TAINT);
    if (section == null) {
      return RepositoryEntries.NONE;
    }
    List<RepositoryEntries.Problem> found = new ArrayList<>();
    String written =
        text.substring(
            Math.min(section.getStartMark().getIndex(), text.length()),
            Math.min(section.getEndMark().getIndex(), text.length()));
    RepositoryEntries entries = RepositoryEntries.read(section, TAINT, written, origin, found);
    found.forEach(p -> problems.add(new ConfigProblem(p.key(), p.line(), p.message())));
    return entries;
  }

  private static Map<String, Setting> settings(JsonNode node) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    node.properties().forEach(entry -> settings.put(entry.getKey(), setting(entry.getValue())));
    return settings;
  }

  private static Setting setting(JsonNode value) {
    if (value.isBoolean()) {
      return new Setting(value.booleanValue(), null);
    }
    if (value.isTextual()) {
      return new Setting("on".equals(value.textValue()), null);
    }
    JsonNode enabled = value.path("enabled");
    JsonNode severity = value.path("severity");
    return new Setting(
        enabled.isBoolean() ? enabled.booleanValue() : null,
        severity.isTextual() ? severity(severity.textValue()) : null);
  }

  private static FailOn failOn(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    return new FailOn("none".equals(node.textValue()) ? null : severity(node.textValue()));
  }

  private static List<Instruction> instructions(JsonNode node) {
    List<Instruction> instructions = new ArrayList<>();
    for (JsonNode item : node) {
      instructions.add(new Instruction(globs(item.path("paths")), item.path("text").textValue()));
    }
    return instructions;
  }

  private static List<PathGlob> globs(JsonNode node) {
    List<PathGlob> globs = new ArrayList<>();
    node.forEach(glob -> globs.add(PathGlob.of(glob.textValue())));
    return globs;
  }

  private static Severity severity(String name) {
    return Severity.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
