package dev.reviewpanel.local.chaos;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers reviews at a fixed rate through {@code POST /api/reviews}, whatever the answers (open
 * loop), and keeps what each answer said: accepted (202, with the review id and when), refused
 * (429) or failed (the coordinator or the broker down).
 */
final class ChaosLoad implements AutoCloseable {

  private static final Pattern REVIEW_ID = Pattern.compile("\"reviewId\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService senders = Executors.newFixedThreadPool(32);
  private final URI reviews;
  private final ReviewRequest example;
  private final List<String> agents;
  private final AtomicLong counter = new AtomicLong();
  final Map<String, Long> accepted = new ConcurrentHashMap<>();
  final LongAdder offered = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

  ChaosLoad(String coordinatorUrl, Path examples, List<String> agents) {
    this.reviews = URI.create(coordinatorUrl + "/api/reviews");
    this.agents = agents;
    try {
      this.example =
          EventJson.mapper().readValue(Files.readAllBytes(examples), ReviewRequest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + examples + ": run from the project root or pass --examples", e);
    }
  }

  // every review's files end in a line of their own, so no content-keyed cache makes one free
  private byte[] body(int copies) {
    long index = counter.incrementAndGet();
    List<ReviewRequest.File> files = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (ReviewRequest.File file : example.files()) {
        String marker = file.path().endsWith(".py") ? "# chaos " : "// chaos ";
        String path = copies == 1 ? file.path() : "copy" + copy + "/" + file.path();
        files.add(
            new ReviewRequest.File(path, file.content() + marker + index + "\n", file.language()));
      }
    }
    ReviewRequest request =
        new ReviewRequest(
            ReviewRequest.SCHEMA_VERSION,
            null,
            null,
            null,
            example.source(),
            files,
            null,
            agents,
            Duration.ofMinutes(5));
    return EventJson.mapper().writeValueAsBytes(request);
  }

  /**
   * Submits {@code count} heavy reviews (the example's files {@code copies} times over) at once and
   * returns the ids of those accepted.
   */
  List<String> heavy(int count, int copies) throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = submit(body(copies));
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Offers reviews at {@code rate} per second: at least {@code count}, and on while {@code more}
   * says so (the faults are not over yet); returns once the last was sent.
   */
  void offer(int count, double rate, BooleanSupplier more) throws InterruptedException {
    long start = System.nanoTime();
    long interval = (long) (1e9 / rate);
    for (long i = 0; i < count || more.getAsBoolean(); i++) {
      long due = start + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.sleep(Math.min(wait, 50_000_000));
      }
      offered.increment();
      senders.execute(
          () -> {
            try {
              submit(body(1));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
  }

  // the review id when accepted, else null
  private String submit(byte[] body) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(reviews)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      Matcher id = REVIEW_ID.matcher(response.body());
      if (status == 202 && id.find()) {
        accepted.put(id.group(1), System.currentTimeMillis());
        return id.group(1);
      } else if (status == 429) {
        rejected.increment();
      } else {
        error("http " + status);
      }
    } catch (IOException e) {
      error(e.getClass().getSimpleName());
    }
    return null;
  }

  private void error(String kind) {
    errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  long errorCount() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Waits for the submissions in flight. */
  @Override
  public void close() throws InterruptedException {
    senders.shutdown();
    senders.awaitTermination(60, TimeUnit.SECONDS);
  }
}
