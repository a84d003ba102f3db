package dev.reviewpanel.local;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Submits the bundled example review once over HTTP and prints its report, as a user would. */
final class DemoReview {

  private static final Set<String> DONE = Set.of("COMPLETE", "PARTIAL", "FAILED");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final String coordinatorUrl;
  private final String apiKey;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newHttpClient();

  DemoReview(String coordinatorUrl, String apiKey, PrintStream out) {
    this.coordinatorUrl = coordinatorUrl;
    this.apiKey = apiKey;
    this.out = out;
  }

  void submit(Path requestFile) {
    if (!Files.isRegularFile(requestFile)) {
      out.println("No example at " + requestFile.toAbsolutePath() + ": skipping the demo review.");
      return;
    }
    try {
      long started = System.nanoTime();
      HttpResponse<String> accepted =
          send(
              request("/api/reviews")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofFile(requestFile))
                  .build());
      if (accepted.statusCode() / 100 != 2) {
        out.println(
            "The example review was refused (" + accepted.statusCode() + "): " + accepted.body());
        return;
      }
      String reviewId = EventJson.mapper().readTree(accepted.body()).path("reviewId").asString();
      out.println("Submitted " + requestFile + " as review " + reviewId);
      JsonNode status = awaitDone(reviewId);
      if (status == null) {
        out.println("The example review did not finish within " + WAIT.toSeconds() + " s.");
        return;
      }
      out.printf(
          "Review %s finished in %d ms.%n%n",
          status.path("status").asString(),
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      out.println(status.path("report").path("summary").asString());
      out.printf(
          "%nOn the board: %s/#/reviews/%s%n"
              + "Full report: curl -s %s/api/reviews/%s/report -H 'Accept: text/markdown'%n%n",
          coordinatorUrl, reviewId, coordinatorUrl, reviewId);
    } catch (IOException e) {
      out.println("The example review failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode awaitDone(String reviewId) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = send(request("/api/reviews/" + reviewId).GET().build());
      if (response.statusCode() == 200) {
        JsonNode status = EventJson.mapper().readTree(response.body());
        if (DONE.contains(status.path("status").asString())) {
          return status;
        }
      }
      Thread.sleep(100);
    }
    return null;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(coordinatorUrl + path)).timeout(Duration.ofSeconds(10));
    if (apiKey != null) {
      builder.header("X-API-Key", apiKey);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
