package dev.reviewpanel.local.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers {@code GET /review?ms=N} after N milliseconds, as a model
 * server with a fixed latency would; it serves many requests at once.
 */
final class DelayServer implements AutoCloseable {

  private static final int MOST_AT_ONCE = 512;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(MOST_AT_ONCE);

  DelayServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the latency server", e);
    }
    server.createContext("/review", this::answerLate);
    server.setExecutor(threads);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
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
