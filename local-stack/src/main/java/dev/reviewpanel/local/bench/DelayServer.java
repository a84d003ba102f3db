package dev.reviewpanel.local.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server that answers {@code GET /review?ms=N} after N milliseconds, as a model
 * server with a fixed latency would, and {@code POST /v1/chat/completions} as an OpenAI-compatible
 * model that finds nothing after {@link #modelLatency} (or the latency of the agent its system
 * prompt names), counting requests and timing each agent's span of requests; it serves many
 * requests at once.
 */
final class DelayServer implements AutoCloseable {

  private static final int MOST_AT_ONCE = 512;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(MOST_AT_ONCE);
  private final AtomicInteger modelRequests = new AtomicInteger();
  private static final Pattern AGENT = Pattern.compile("\\(agent: ([a-z0-9-]+)\\)");

  private volatile Duration modelLatency = Duration.ZERO;
  private volatile Map<String, Duration> agentLatencies = Map.of();
  private final Map<String, Span> spans = new ConcurrentHashMap<>();

  DelayServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the latency server", e);
    }
    server.createContext("/review", this::answerLate);
    server.createContext("/v1/chat/completions", this::answerAsModel);
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How long the model takes to answer from now on. */
  DelayServer modelLatency(Duration latency) {
    this.modelLatency = latency;
    return this;
  }

  /** How long the model takes to answer each agent's requests, by agent id. */
  DelayServer agentLatencies(Map<String, Duration> latencies) {
    this.agentLatencies = Map.copyOf(latencies);
    return this;
  }

  /** Each agent's requests since the last call: how many, first arrival to last answer. */
  Map<String, Span> takeSpans() {
    Map<String, Span> taken = Map.copyOf(spans);
    spans.clear();
    return taken;
  }

  /** One agent's model requests: how many, and from the first arrival to the last answer. */
  record Span(int requests, long firstNanos, long lastNanos) {

    long millis() {
      return (lastNanos - firstNanos) / 1_000_000;
    }

    Span and(Span other) {
      return new Span(
          requests + other.requests,
          Math.min(firstNanos, other.firstNanos),
          Math.max(lastNanos, other.lastNanos));
    }
  }

  /** Chat completions answered so far. */
  int modelRequests() {
    return modelRequests.get();
  }

  private void answerAsModel(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      modelRequests.incrementAndGet();
      byte[] prompt = exchange.getRequestBody().readAllBytes();
      long promptBytes = prompt.length;
      Matcher agent = AGENT.matcher(new String(prompt, StandardCharsets.UTF_8));
      String agentId = agent.find() ? agent.group(1) : "";
      Thread.sleep(agentLatencies.getOrDefault(agentId, modelLatency).toMillis());
      String content = "{\\\"findings\\\":[]}";
      byte[] body =
          ("{\"id\":\"bench\",\"object\":\"chat.completion\",\"created\":0,"
                  + "\"model\":\"bench-model\",\"choices\":[{\"index\":0,\"message\":"
                  + "{\"role\":\"assistant\",\"content\":\""
                  + content
                  + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
                  + promptBytes / 4
                  + ",\"completion_tokens\":8,\"total_tokens\":"
                  + (promptBytes / 4 + 8)
                  + "}}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      spans.merge(agentId, new Span(1, arrived, System.nanoTime()), Span::and);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void answerLate(HttpExchange exchange) throws IOException {
    try (exchange) {
      long millis = millis(exchange.getRequestURI().getRawQuery());
      Thread.sleep(millis);
      byte[] body = "{\"findings\":[]}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long millis(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("ms=")) {
          return Long.parseLong(pair.substring(3));
        }
      }
    }
    return 0;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
