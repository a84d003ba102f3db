package dev.reviewpanel.local.observability;

import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** A real Prometheus process on a free loopback port with a throw-away TSDB. */
final class PrometheusServer implements AutoCloseable {

  static final String BINARY_VARIABLE = "REVIEW_PANEL_PROMETHEUS";

  private final Process process;
  private final String url;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** {@code REVIEW_PANEL_PROMETHEUS}, else {@code prometheus} on the PATH. */
  static Optional<Path> findBinary() {
    String configured = System.getenv(BINARY_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "prometheus"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Scrapes each service every second, evaluates {@code rules} every second.
   *
   * @param targets job name to {@code host:port}
   */
  static PrometheusServer start(Path binary, Path workDir, Map<String, String> targets, Path rules)
      throws IOException {
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(config, config(targets, Files.copy(rules, workDir.resolve("alerts.yml"))));
    int port = freePort();
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("prometheus.log").toFile())
            .start();
    PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port);
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> process.isAlive() && server.get("/-/ready").statusCode() == 200);
    return server;
  }

  /** An instant query; the parsed {@code data} of a successful answer, else an exception. */
  JsonNode query(String promql) throws IOException, InterruptedException {
    HttpResponse<String> response =
        get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    JsonNode body = EventJson.mapper().readTree(response.body());
    if (response.statusCode() != 200 || !"success".equals(body.path("status").asString())) {
      throw new IllegalArgumentException(
          "Prometheus rejected `" + promql + "`: " + body.path("error").asString());
    }
    return body.path("data");
  }

  JsonNode rules() throws IOException, InterruptedException {
    return EventJson.mapper().readTree(get("/api/v1/rules").body()).path("data");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String config(Map<String, String> targets, Path rules) {
    String jobs =
        targets.entrySet().stream()
            .map(
                job ->
                    """
                      - job_name: %s
                        metrics_path: /actuator/prometheus
                        static_configs:
                          - targets: ['%s']
                    """
                        .formatted(job.getKey(), job.getValue()))
            .collect(Collectors.joining());
    return """
        global:
          scrape_interval: 1s
          scrape_timeout: 1s
          evaluation_interval: 1s
        rule_files:
          - '%s'
        scrape_configs:
        %s"""
        .formatted(rules, jobs);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
