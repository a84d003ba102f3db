package dev.reviewpanel.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.convert.DurationStyle;

/**
 * One service's own configuration file ({@code <name>.yml} from its jar), flattened to dotted keys.
 * The name is also the service's {@code spring.application.name}, its compose service and its
 * Kubernetes Deployment.
 */
record ServiceConfig(String name, Map<String, Object> properties) {

  static final List<String> SERVICES =
      List.of(
          "coordinator",
          "synthesis",
          "security-worker",
          "bug-worker",
          "performance-worker",
          "scm-gateway");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z0-9.\\-\\[\\]]+)");

  static ServiceConfig of(String name) {
    String resource = name + ".yml";
    try (InputStream in = ServiceConfig.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource + " on the test classpath");
      }
      Map<String, Object> flat = new LinkedHashMap<>();
      flatten("", YamlDocuments.load(new String(in.readAllBytes(), StandardCharsets.UTF_8)), flat);
      return new ServiceConfig(name, flat);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<ServiceConfig> all() {
    return SERVICES.stream().map(ServiceConfig::of);
  }

  boolean isWorker() {
    return properties.containsKey("review.worker.agent");
  }

  String agent() {
    return String.valueOf(properties.get("review.worker.agent"));
  }

  /** The scm-gateway's {@code review.gateway.retry.attempts}, from its config file. */
  static int gatewayRetryAttempts() {
    return Integer.parseInt(
        String.valueOf(of("scm-gateway").properties().get("review.gateway.retry.attempts")));
  }

  int port() {
    return Integer.parseInt(String.valueOf(properties.get("server.port")));
  }

  Duration shutdownPhaseTimeout() {
    Object value = properties.getOrDefault("spring.lifecycle.timeout-per-shutdown-phase", "30s");
    return DurationStyle.detectAndParse(String.valueOf(value));
  }

  /** Packages holding this service's {@code @ConfigurationProperties} records. */
  List<String> configurationPackages() {
    return switch (name) {
      case "coordinator" -> List.of("dev.reviewpanel.coordinator");
      case "synthesis" -> List.of("dev.reviewpanel.synthesis");
      case "scm-gateway" -> List.of("dev.reviewpanel.gateway");
      default ->
          List.of("dev.reviewpanel.worker", "dev.reviewpanel." + name.replace("-worker", ""));
    };
  }

  /** Property names the file reads through {@code ${name:default}} placeholders. */
  List<String> placeholderNames() {
    return properties.values().stream()
        .map(String::valueOf)
        .flatMap(v -> PLACEHOLDER.matcher(v).results().map(m -> m.group(1)))
        .distinct()
        .toList();
  }

  private static void flatten(String prefix, Object node, Map<String, Object> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, out));
    } else if (node instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), out);
      }
    } else {
      out.put(prefix, node);
    }
  }
}
