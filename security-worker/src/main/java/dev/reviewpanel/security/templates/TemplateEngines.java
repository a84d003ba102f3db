package dev.reviewpanel.security.templates;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code templates/engines.yml}; a mistake fails at start-up naming the engine and key. */
final class TemplateEngines {

  static final String RESOURCE = "/templates/engines.yml";

  private static final String XSS_ADVICE =
      "Keep the engine's escaping output; write HTML unescaped only after sanitizing it (DOMPurify,"
          + " bleach, OWASP Java HTML Sanitizer) or when the code builds it from constants.";

  private TemplateEngines() {}

  static List<TemplateEngine> load() {
    try (InputStream in = TemplateEngines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TemplateEngine> parse(String yaml) {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    List<TemplateEngine> engines = new ArrayList<>();
    for (Object entry : list(map(root, "file").get("engines"), "engines")) {
      Map<String, Object> e = map(entry, "engine");
      String id = text(e, "id", "engine");
      engines.add(engine(id, e));
    }
    return List.copyOf(engines);
  }

  private static TemplateEngine engine(String id, Map<String, Object> e) {
    String where = "engine " + id;
    Set<Language> languages = new LinkedHashSet<>();
    for (Object language : list(e.get("languages"), where + " languages")) {
      languages.add(
          Language.fromId(String.valueOf(language))
              .orElseThrow(() -> error(where, "unknown language " + language)));
    }
    List<TemplateEngine.Output> outputs = new ArrayList<>();
    for (Object o : list(e.get("outputs"), where + " outputs")) {
      Map<String, Object> output = map(o, where + " output");
      outputs.add(
          new TemplateEngine.Output(
              pattern(output.get("pattern"), where + " output pattern"),
              Boolean.TRUE.equals(output.get("explicit")),
              Boolean.TRUE.equals(output.get("in-raw-block"))));
    }
    List<TemplateEngine.RawBlock> rawBlocks = new ArrayList<>();
    for (Object b : e.get("raw-blocks") == null ? List.of() : list(e.get("raw-blocks"), where)) {
      Map<String, Object> block = map(b, where + " raw-block");
      rawBlocks.add(
          new TemplateEngine.RawBlock(
              pattern(block.get("start"), where + " raw-block start"),
              pattern(block.get("end"), where + " raw-block end")));
    }
    TemplateEngine.Macros macros = null;
    if (e.get("macros") != null) {
      Map<String, Object> m = map(e.get("macros"), where + " macros");
      macros =
          new TemplateEngine.Macros(
              pattern(m.get("define"), where + " macros define"),
              "indent".equals(m.get("body")),
              pattern(m.get("call"), where + " macros call"));
    }
    Map<String, Object> rule = map(e.get("rule"), where + " rule");
    return new TemplateEngine(
        id,
        text(e, "name", where),
        Set.copyOf(languages),
        optional(e.get("detect"), where + " detect"),
        patterns(e.get("blank"), where + " blank"),
        List.copyOf(outputs),
        List.copyOf(rawBlocks),
        patterns(e.get("code"), where + " code"),
        optional(e.get("assignment"), where + " assignment"),
        optional(e.get("filters"), where + " filters"),
        e.get("safe-filters") == null
            ? Set.of()
            : Set.copyOf(list(e.get("safe-filters"), where).stream().map(String::valueOf).toList()),
        optional(e.get("unwrap"), where + " unwrap"),
        patterns(e.get("escapes"), where + " escapes"),
        patterns(e.get("ignore"), where + " ignore"),
        patterns(e.get("request"), where + " request"),
        optional(e.get("text-template"), where + " text-template"),
        macros,
        rule(rule, where),
        rule.get("finding") == null ? null : String.valueOf(rule.get("finding")));
  }

  // MEDIUM and LOW: an unescaped write proves no remote source; the analyzer raises it when it does
  private static Rule rule(Map<String, Object> rule, String where) {
    String category = text(rule, "category", where + " rule");
    Object advice = rule.get("recommendation");
    return new Rule(
        text(rule, "id", where + " rule"),
        category,
        text(rule, "cwe", where + " rule"),
        Severity.MEDIUM,
        Confidence.LOW,
        text(rule, "title", where + " rule"),
        advice == null ? XSS_ADVICE : String.valueOf(advice));
  }

  private static List<Pattern> patterns(Object value, String where) {
    if (value == null) {
      return List.of();
    }
    return list(value, where).stream().map(p -> pattern(p, where)).toList();
  }

  private static Pattern optional(Object value, String where) {
    return value == null ? null : pattern(value, where);
  }

  private static Pattern pattern(Object value, String where) {
    if (value == null) {
      throw error(where, "is missing");
    }
    try {
      return Pattern.compile(String.valueOf(value));
    } catch (PatternSyntaxException e) {
      throw error(where, "is not a regular expression: " + e.getDescription());
    }
  }

  private static String text(Map<String, Object> map, String key, String where) {
    Object value = map.get(key);
    if (value == null) {
      throw error(where, "needs '" + key + "'");
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map<?, ?>)) {
      throw error(where, "must be a mapping");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value, String where) {
    if (!(value instanceof List<?>)) {
      throw error(where, "must be a list");
    }
    return (List<Object>) value;
  }

  private static IllegalStateException error(String where, String message) {
    return new IllegalStateException(RESOURCE + ": " + where + " " + message);
  }
}
