package dev.reviewpanel.local.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** {@code POST /api/reviews}, one blocking call per review on the driver's sender threads. */
final class RestSubmitter implements Submitter {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI reviews;
  private final String apiKey;
  private final ReviewShapes shape;

  RestSubmitter(String url, String apiKey, ReviewShapes shape) {
    this.reviews = URI.create(url + "/api/reviews");
    this.apiKey = apiKey;
    this.shape = shape;
  }

  @Override
  public void submit(String reviewId, long index, long intendedMillis, StepTally tally) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(reviews)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(shape.json(reviewId, index)));
    if (apiKey != null) {
      request.header("X-API-Key", apiKey);
    }
    long started = System.nanoTime();
    tally.sent.increment();
    try {
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      double millis = (System.nanoTime() - started) / 1e6;
      if (status == 202 || status == 200) {
        tally.accepted(reviewId, intendedMillis, millis);
      } else if (status == 429) {
        tally.rejected(millis);
      } else {
        tally.error("http " + status);
      }
    } catch (HttpTimeoutException e) {
      tally.error("no answer in " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      tally.error(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tally.error("interrupted");
    }
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public void close() {
    // the client's connections close with it when it is collected
  }
}
