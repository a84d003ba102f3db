package dev.reviewpanel.local.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that takes the review and never finishes it: {@code submit} gives up with exit 2. */
class SubmitTimeoutTests {

  @TempDir Path dir;

  @Test
  void shouldExitTwoWhenTheReviewDoesNotFinishInTime() throws IOException {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    CountDownLatch never = new CountDownLatch(1);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/api/reviews",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body;
          if (path.endsWith("/events")) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            exchange
                .getResponseBody()
                .write(
                    "event:ACCEPTED\ndata:{\"reviewId\":\"r1\",\"type\":\"ACCEPTED\"}\n\n"
                        .getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
              never.await(); // the review never ends
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return;
          }
          body =
              path.endsWith("/report")
                  ? "{\"reviewId\":\"r1\",\"status\":\"RUNNING\",\"message\":\"the report is not ready yet\"}"
                      .getBytes(StandardCharsets.UTF_8)
                  : "{\"reviewId\":\"r1\",\"status\":\"PENDING\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(202, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit =
          SubmitCommand.parse(
                  new String[] {"a.py", "--timeout", "1s"},
                  Map.of("REVIEW_PANEL_URL", "http://127.0.0.1:" + server.getAddress().getPort()),
                  dir)
              .run(
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8),
                  false);

      assertThat(exit).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("review r1 did not finish in time");
    } finally {
      never.countDown();
      server.stop(0);
    }
  }
}
