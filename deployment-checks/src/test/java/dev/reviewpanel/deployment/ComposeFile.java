package dev.reviewpanel.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml as Compose reads it with no variables set: anchors merged, defaults used. */
record ComposeFile(Map<String, Object> root) {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?-([^}]*))?}");

  static ComposeFile load() {
    return new ComposeFile(YamlDocuments.load(ProjectFiles.read("docker-compose.yml")));
  }

  Map<String, Object> services() {
    return Tree.mapAt(root, "services");
  }

  Map<String, Object> service(String name) {
    Map<String, Object> service = Tree.mapAt(services(), name);
    if (service.isEmpty()) {
      throw new AssertionError("docker-compose.yml has no service " + name);
    }
    return service;
  }

  /** The service's environment, values interpolated with their defaults. */
  Map<String, String> environment(String name) {
    Map<String, String> env = new LinkedHashMap<>();
    Object declared = Tree.at(service(name), "environment");
    if (declared instanceof Map<?, ?> map) {
      map.forEach((k, v) -> env.put(k.toString(), v == null ? "" : interpolate(v.toString())));
    } else if (declared instanceof List<?> list) {
      list.forEach(
          e -> {
            String[] pair = e.toString().split("=", 2);
            env.put(pair[0], pair.length > 1 ? interpolate(pair[1]) : "");
          });
    }
    return env;
  }

  /** {@code ${VAR:-default}} and {@code ${VAR}} as Compose resolves them with VAR unset. */
  static String interpolate(String value) {
    Matcher matcher = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String fallback = matcher.group(2) == null ? "" : matcher.group(2);
      matcher.appendReplacement(out, Matcher.quoteReplacement(fallback));
    }
    return matcher.appendTail(out).toString();
  }

  /** The raw (uninterpolated) value of a variable, to see where it comes from. */
  String rawEnvironment(String service, String variable) {
    return Tree.textAt(service(service), "environment", variable);
  }
}
