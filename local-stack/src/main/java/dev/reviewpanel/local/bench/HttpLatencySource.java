package dev.reviewpanel.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls a {@link DelayServer} on loopback, which answers each agent after its fixed latency. */
final class HttpLatencySource implements LatencySource {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI server;
  private final Map<String, Duration> latencies;
  private final Duration otherwise;

  HttpLatencySource(URI server, Map<String, Duration> latencies, Duration otherwise) {
    this.server = server;
    this.latencies = Map.copyOf(latencies);
    this.otherwise = otherwise;
  }

  @Override
  public void call(String agent) {
    long millis = latencies.getOrDefault(agent, otherwise).toMillis();
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve("/review?agent=" + agent + "&ms=" + millis))
            .timeout(TIMEOUT)
            .GET()
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("latency server answered " + response.statusCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("latency server unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the latency server", e);
    }
  }
}
