package dev.reviewpanel.local.observability;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** The PromQL of the dashboard and the alert rules, ready to send to Prometheus. */
final class ObservabilityQueries {

  /** Grafana's variables as a fresh stack needs them: every value, a window over the whole run. */
  private static final Map<String, String> VARIABLES =
      Map.of(
          "$__rate_interval", "5m",
          "$__interval", "1m",
          "$__range", "1h",
          "$application", ".*",
          "$instance", ".*",
          "$agent", ".*");

  private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*\\w+\\)");
  private static final Pattern TRAILING_COMPARISON =
      Pattern.compile("(?s)(.*?)\\s*(>=|<=|==|!=|>|<)\\s*(bool\\s+)?-?[0-9.]+(e[0-9+-]+)?\\s*$");
  private static final Pattern SET_OPERATOR = Pattern.compile("\\s(and|or|unless)\\s");

  record Query(String source, String expr) {}

  record AlertRule(
      String name,
      String expr,
      String forDuration,
      Map<String, String> labels,
      Map<String, String> annotations) {}

  private ObservabilityQueries() {}

  /** Every target of every panel (rows' nested panels included) and every variable's metric. */
  static List<Query> dashboard(Path json) throws IOException {
    JsonNode dashboard = EventJson.mapper().readTree(Files.readString(json));
    List<Query> queries = new ArrayList<>();
    collectPanels(dashboard.path("panels"), queries);
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      Matcher values = LABEL_VALUES.matcher(variable.path("definition").asString());
      if (values.matches()) {
        queries.add(
            new Query("variable " + variable.path("name").asString(), substitute(values.group(1))));
      }
    }
    return queries;
  }

  private static void collectPanels(JsonNode panels, List<Query> queries) {
    for (JsonNode panel : panels) {
      for (JsonNode target : panel.path("targets")) {
        queries.add(
            new Query(
                panel.path("title").asString() + " [" + target.path("refId").asString() + "]",
                substitute(target.path("expr").asString())));
      }
      collectPanels(panel.path("panels"), queries);
    }
  }

  @SuppressWarnings("unchecked")
  static List<AlertRule> alerts(Path yaml) throws IOException {
    Map<String, Object> root;
    try (Reader reader = Files.newBufferedReader(yaml)) {
      root = new Yaml().load(reader);
    }
    List<AlertRule> rules = new ArrayList<>();
    for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
      for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
        rules.add(
            new AlertRule(
                (String) rule.get("alert"),
                (String) rule.get("expr"),
                (String) rule.get("for"),
                (Map<String, String>) rule.getOrDefault("labels", Map.of()),
                (Map<String, String>) rule.getOrDefault("annotations", Map.of())));
      }
    }
    return rules;
  }

  /**
   * The signals an alert compares: its operands of {@code and}/{@code or}/{@code unless}, each
   * without a final comparison against a number. These must return series on a running stack even
   * while the alert is quiet; the full expression returns series only while it fires.
   */
  static List<String> signals(String expr) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == '"') {
        i = expr.indexOf('"', i + 1);
      } else if (depth == 0) {
        Matcher operator = SET_OPERATOR.matcher(expr).region(i, expr.length());
        if (operator.lookingAt()) {
          parts.add(expr.substring(start, i));
          start = operator.end();
          i = operator.end() - 1;
        }
      }
    }
    parts.add(expr.substring(start));
    return parts.stream().map(ObservabilityQueries::withoutThreshold).toList();
  }

  private static String withoutThreshold(String part) {
    Matcher comparison = TRAILING_COMPARISON.matcher(part.strip());
    return comparison.matches() ? comparison.group(1).strip() : part.strip();
  }

  private static String substitute(String expr) {
    String result = expr;
    // longest names first, so $__rate_interval is not taken for $__range or $__interval
    for (String name :
        VARIABLES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
      result = result.replace(name, VARIABLES.get(name));
    }
    return result;
  }
}
