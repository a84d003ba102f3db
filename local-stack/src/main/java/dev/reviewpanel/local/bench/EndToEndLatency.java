package dev.reviewpanel.local.bench;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reviews submitted one at a time over HTTP to the whole stack, each one Java file that every agent
 * reviews; times each from the POST to its report on {@code review-reports}.
 */
final class EndToEndLatency {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final String SOURCE =
      "import java.sql.*;\\n\\nclass Orders {\\n"
          + "  ResultSet find(Connection c, String id) throws SQLException {\\n"
          + "    return c.createStatement().executeQuery(\\\"SELECT * FROM o WHERE id = '\\\" + id"
          + " + \\\"'\\\");\\n  }\\n}\\n";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String coordinatorUrl;
  private final String bootstrapServers;
  private final PrintStream out;

  EndToEndLatency(String coordinatorUrl, String bootstrapServers, PrintStream out) {
    this.coordinatorUrl = coordinatorUrl;
    this.bootstrapServers = bootstrapServers;
    this.out = out;
  }

  /** Times {@code reviews} reviews after {@code warmup} untimed ones; returns the times in ms. */
  List<Long> run(int warmup, int reviews) throws IOException, InterruptedException {
    List<Long> millis = new ArrayList<>();
    try (BenchTopics reports = new BenchTopics(bootstrapServers, Topics.REVIEW_REPORTS)) {
      for (int i = 0; i < warmup + reviews; i++) {
        long started = System.nanoTime();
        String reviewId = submit(i);
        BenchTopics.Arrival arrival =
            reports.awaitAll(List.of(reviewId), record -> record.key(), PATIENCE).get(reviewId);
        if (i >= warmup) {
          millis.add((arrival.nanos() - started) / 1_000_000);
        }
        if (i == warmup) {
          describe(EventJson.mapper().readValue(arrival.value(), ReviewReport.class));
        }
      }
    }
    return millis;
  }

  private String submit(int index) throws IOException, InterruptedException {
    String body =
        "{\"files\":[{\"path\":\"src/main/java/Orders"
            + index
            + ".java\",\"content\":\""
            + SOURCE
            + "\"}]}";
    return submit(http, coordinatorUrl, body);
  }

  /** POSTs a review request; its review id. */
  static String submit(HttpClient http, String coordinatorUrl, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(coordinatorUrl + "/api/reviews"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "review refused (" + response.statusCode() + "): " + response.body());
    }
    return EventJson.mapper().readTree(response.body()).path("reviewId").asString();
  }

  private void describe(ReviewReport report) {
    out.printf(
        "first timed review: %s, agents %s%n",
        report.status(),
        report.agents().stream()
            .map(a -> a.agent() + "=" + a.status() + " (" + a.durationMs() + " ms)")
            .collect(Collectors.joining(", ")));
  }
}
