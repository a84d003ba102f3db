package dev.reviewpanel.local.submit;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's REST API as {@code submit} uses it: post a review, follow its events (SSE),
 * fetch the report. Every failure becomes a {@link SubmitFailure} that says what to do.
 */
final class ReviewService {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> DONE = Set.of("COMPLETE", "PARTIAL", "FAILED");

  private final String url;
  private final String apiKey;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();

  ReviewService(String url, String apiKey) {
    this.url = url;
    this.apiKey = apiKey;
  }

  /** Posts the review; returns its id. */
  String submit(ReviewRequest request) {
    HttpResponse<String> response =
        send(
            builder("/api/reviews")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        EventJson.mapper().writeValueAsBytes(request)))
                .build());
    if (response.statusCode() / 100 != 2) {
      throw refused(response);
    }
    return EventJson.mapper().readTree(response.body()).path("reviewId").asString();
  }

  /** Follows the review's events (SSE) until REPORT_READY, the stream's end, or the deadline. */
  void follow(String reviewId, Consumer<ReviewEvent> onEvent, long deadlineNanos) {
    HttpRequest request =
        builder("/api/reviews/" + reviewId + "/events")
            .timeout(Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime())))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      return; // the report poll says the review did not finish in time
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubmitFailure("interrupted");
    }
    if (response.statusCode() != 200) {
      EventStream.close(response.body());
      throw new SubmitFailure("the event stream answered " + response.statusCode());
    }
    new EventStream(reviewId, response.body()).forEach(onEvent, deadlineNanos);
  }

  /** The report as JSON, waiting for it until the deadline. */
  JsonNode report(String reviewId, long deadlineNanos) {
    while (true) {
      HttpResponse<String> response =
          send(builder("/api/reviews/" + reviewId + "/report?format=json").GET().build());
      if (response.statusCode() == 200) {
        return EventJson.mapper().readTree(response.body());
      }
      if (response.statusCode() != 202) {
        throw refused(response);
      }
      if (System.nanoTime() > deadlineNanos) {
        throw new SubmitFailure(
            "review "
                + reviewId
                + " did not finish in time (see --timeout); it goes on: "
                + url
                + "/api/reviews/"
                + reviewId);
      }
      pause();
    }
  }

  /** The report rendered by the service as json, markdown or sarif. */
  String rendered(String reviewId, String format) {
    HttpResponse<String> response =
        send(builder("/api/reviews/" + reviewId + "/report?format=" + format).GET().build());
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    return response.body();
  }

  static boolean finished(String status) {
    return DONE.contains(status);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(url + path)).timeout(CALL_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new SubmitFailure("not a URL: " + url);
    }
    if (apiKey != null) {
      builder.header("X-API-Key", apiKey);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubmitFailure("interrupted");
    }
  }

  private SubmitFailure unreachable(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new SubmitFailure(url + " did not answer within " + CALL_TIMEOUT.toSeconds() + " s");
    }
    String why = e instanceof ConnectException ? "connection refused" : e.toString();
    return new SubmitFailure(
        "cannot reach "
            + url
            + " ("
            + why
            + "): is the service running? (./review-panel up, or set --url / REVIEW_PANEL_URL)");
  }

  // the service explains refusals as {"error": ..., "message": ...}
  private static SubmitFailure refused(HttpResponse<String> response) {
    String message = response.body();
    try {
      JsonNode json = EventJson.mapper().readTree(response.body());
      if (json.hasNonNull("message")) {
        message = json.get("message").asString();
      }
    } catch (RuntimeException notJson) {
      // keep the body as it is
    }
    String hint = response.statusCode() == 401 ? " (set --api-key or REVIEW_PANEL_API_KEY)" : "";
    return new SubmitFailure(
        "the service refused the review (" + response.statusCode() + "): " + message + hint);
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubmitFailure("interrupted");
    }
  }
}
