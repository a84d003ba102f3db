package dev.reviewpanel.llm.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language-model server on loopback for tests: speaks OpenAI's {@code POST /v1/chat/completions}
 * and Ollama's {@code POST /api/chat}, records every request, and answers each one as scripted:
 * queued one-shot replies first, then the default responder.
 *
 * <pre>
 * try (FakeLlmServer llm = FakeLlmServer.start()) {
 *   llm.respondWith(request -> Reply.json("{\"findings\":[]}"));
 *   llm.enqueue(Reply.status(429).retryAfter("1"));
 *   ... point review.llm.base-url at llm.openAiBaseUrl() ...
 * }
 * </pre>
 */
public final class FakeLlmServer implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Deque<Reply> queued = new ArrayDeque<>();
  private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Function<ModelRequest, Reply> responder = request -> Reply.findings();

  private FakeLlmServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts on a random loopback port. */
  public static FakeLlmServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      AtomicInteger threads = new AtomicInteger();
      ExecutorService executor =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "fake-llm-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      server.setExecutor(executor);
      FakeLlmServer fake = new FakeLlmServer(server, executor);
      server.createContext("/v1/chat/completions", e -> fake.handle(e, Dialect.OPENAI));
      server.createContext("/api/chat", e -> fake.handle(e, Dialect.OLLAMA));
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake LLM server", e);
    }
  }

  /** The base URL an OpenAI client takes, ending in {@code /v1}. */
  public String openAiBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The base URL an Ollama client takes. */
  public String ollamaBaseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers every request not served by a queued reply. */
  public FakeLlmServer respondWith(Function<ModelRequest, Reply> responder) {
    this.responder = responder;
    return this;
  }

  /** Serves these replies to the next requests, one each, before the default responder. */
  public synchronized FakeLlmServer enqueue(Reply... replies) {
    queued.addAll(List.of(replies));
    return this;
  }

  /** Every request received so far, in arrival order. */
  public List<ModelRequest> requests() {
    return List.copyOf(requests);
  }

  /** The most requests the server was answering at the same time. */
  public int maxConcurrentRequests() {
    return maxInFlight.get();
  }

  public synchronized void reset() {
    queued.clear();
    requests.clear();
    maxInFlight.set(0);
    responder = request -> Reply.findings();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private synchronized Reply next(ModelRequest request) {
    Reply reply = queued.poll();
    return reply != null ? reply : responder.apply(request);
  }

  private void handle(HttpExchange exchange, Dialect dialect) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (exchange) {
      answer(exchange, dialect);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void answer(HttpExchange exchange, Dialect dialect) throws IOException {
    {
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "{\"error\":\"POST only\"}");
        return;
      }
      JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
      ModelRequest request =
          ModelRequest.of(dialect, body, exchange.getRequestHeaders().getFirst("Authorization"));
      requests.add(request);
      Reply reply = next(request);
      reply.delay(closed);
      if (reply.dropConnection()) {
        // Promises a body and stops halfway: the client sees the connection drop.
        exchange.sendResponseHeaders(200, 4096);
        exchange.getResponseBody().write("{\"id\":".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        return;
      }
      if (reply.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
      }
      String payload =
          reply.status() == 200
              ? dialect.body(
                  request.model(), reply.content(), reply.inputTokens(), reply.outputTokens())
              : "{\"error\":{\"message\":\"scripted failure\",\"code\":" + reply.status() + "}}";
      send(exchange, reply.status(), payload);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
