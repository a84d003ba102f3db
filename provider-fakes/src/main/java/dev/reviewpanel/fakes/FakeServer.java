package dev.reviewpanel.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A provider's REST API on loopback, for tests: a real HTTP server that records every call, checks
 * credentials, pages lists with {@code Link} headers and can be told to fail the next calls (rate
 * limits, 5xx) the way the real providers do.
 */
public abstract class FakeServer implements AutoCloseable {

  /** One call as the server saw it. */
  public record Call(
      String method,
      String path,
      List<String> segments,
      Map<String, String> query,
      Map<String, String> headers,
      String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** An answer. */
  public record Response(int status, Map<String, String> headers, byte[] body) {}

  /** A refusal with the provider's error shape. */
  public static final class Refusal extends RuntimeException {
    final int status;

    public Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  private record Failure(String pathPart, Response response) {}

  private final Deque<Failure> failures = new ConcurrentLinkedDeque<>();
  private final List<FakeStatus> statuses = new CopyOnWriteArrayList<>();

  protected FakeServer(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::dispatch);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Every commit status posted, in order. */
  public List<FakeStatus> statuses() {
    return List.copyOf(statuses);
  }

  protected Response recordStatus(FakeStatus status, Map<String, Object> answer) {
    statuses.add(status);
    return json(201, answer);
  }

  /** The next {@code count} calls get {@code status} with these headers, then calls pass again. */
  public void failNext(int count, int status, Map<String, String> headers, String message) {
    failNext("", count, status, headers, message);
  }

  /**
   * As {@link #failNext(int, int, Map, String)}, for calls whose path contains {@code pathPart}.
   */
  public void failNext(
      String pathPart, int count, int status, Map<String, String> headers, String message) {
    for (int i = 0; i < count; i++) {
      failures.add(new Failure(pathPart, new Response(status, headers, error(message))));
    }
  }

  private Response takeFailure(Call call) {
    for (Failure failure : failures) {
      if (call.path().contains(failure.pathPart()) && failures.remove(failure)) {
        return failure.response();
      }
    }
    return null;
  }

  /** Credentials of a call: true when they are the expected ones. */
  protected abstract boolean authorized(Call call);

  protected abstract Response handle(Call call);

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try (exchange) {
      Call call = read(exchange);
      calls.add(call);
      Response response =
          authorized(call)
              ? takeFailure(call)
              : new Response(401, Map.of(), error("Bad credentials"));
      if (response == null) {
        try {
          synchronized (this) {
            response = handle(call);
          }
        } catch (Refusal refusal) {
          response = new Response(refusal.status, Map.of(), error(refusal.getMessage()));
        } catch (RuntimeException bug) {
          response = new Response(500, Map.of(), error("fake failed: " + bug));
        }
      }
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(
          response.status(), response.body().length == 0 ? -1 : response.body().length);
      if (response.body().length > 0) {
        exchange.getResponseBody().write(response.body());
      }
    }
  }

  private static Call read(HttpExchange exchange) throws IOException {
    String raw = exchange.getRequestURI().getRawPath();
    List<String> segments = new ArrayList<>();
    for (String segment : raw.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    return new Call(exchange.getRequestMethod(), raw, List.copyOf(segments), query, headers, body);
  }

  protected static Response json(int status, Object body) {
    return new Response(status, Map.of(), EventJson.mapper().writeValueAsBytes(body));
  }

  protected static byte[] error(String message) {
    return EventJson.mapper().writeValueAsBytes(Map.of("message", message));
  }

  /** One page of {@code items} as {@code page} and {@code per_page} ask, with a next link. */
  protected Response page(Call call, List<?> items) {
    int perPage = Math.min(100, Integer.parseInt(call.query().getOrDefault("per_page", "30")));
    int page = Integer.parseInt(call.query().getOrDefault("page", "1"));
    int from = Math.min(items.size(), (page - 1) * perPage);
    int to = Math.min(items.size(), from + perPage);
    Map<String, String> headers = new LinkedHashMap<>();
    if (to < items.size()) {
      Map<String, String> next = new LinkedHashMap<>(call.query());
      next.put("page", String.valueOf(page + 1));
      next.put("per_page", String.valueOf(perPage));
      StringBuilder query = new StringBuilder();
      next.forEach(
          (k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(v));
      headers.put("Link", "<" + url() + call.path() + query + ">; rel=\"next\"");
    }
    return new Response(
        200, headers, EventJson.mapper().writeValueAsBytes(items.subList(from, to)));
  }

  protected static Map<String, Object> body(Call call) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = EventJson.mapper().readValue(call.body(), Map.class);
    return map;
  }
}
