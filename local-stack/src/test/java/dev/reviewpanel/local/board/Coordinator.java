package dev.reviewpanel.local.board;

import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The coordinator's HTTP API as the tests use it beside the browser. */
record Coordinator(String url, String key) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** GET without any key, as a browser loading the page does. */
  HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + key)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return EventJson.mapper().readTree(response.body());
  }

  /** Submits files (path to fixture) over the API and returns the review id. */
  String submit(Map<String, Path> files) throws IOException, InterruptedException {
    List<Map<String, String>> entries =
        files.entrySet().stream()
            .map(e -> Map.of("path", e.getKey(), "content", read(e.getValue())))
            .toList();
    String body =
        EventJson.mapper()
            .writeValueAsString(
                Map.of(
                    "files",
                    entries,
                    "source",
                    Map.of("repository", "acme/ledger", "pullRequest", "42")));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/api/reviews"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return EventJson.mapper().readTree(response.body()).path("reviewId").asString();
  }

  /** The report, once the review has one. */
  JsonNode awaitReport(String reviewId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> get("/api/reviews/" + reviewId).path("report"), r -> !r.isMissingNode());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
