package dev.reviewpanel.local.bench;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.local.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the caches of unchanged code save: the whole stack with every agent's LLM reviewer on a
 * model that answers after {@code --latency}, reviewing the files under {@code --dir} twice, then
 * once more with one file changed ("a push"), first with the caches off, then on; prints the model
 * requests and the wall time of each review.
 *
 * <pre>
 * ./review-panel cache-benchmark [--dir=evaluation/apps/flask-helpdesk] [--latency=1s]
 * </pre>
 */
public final class CacheBenchmark {

  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private final HttpClient http = HttpClient.newHttpClient();
  private final PrintStream out;

  private CacheBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    Path dir = Path.of(options.getOrDefault("dir", "evaluation/apps/flask-helpdesk"));
    Duration latency = Duration.parse("PT" + options.getOrDefault("latency", "1s").toUpperCase());
    List<ReviewRequest.File> files = files(dir);
    CacheBenchmark bench = new CacheBenchmark(System.out);
    System.out.printf(
        "%d file(s), %d line(s) from %s; model latency %d ms%n",
        files.size(),
        files.stream().mapToLong(f -> f.content().lines().count()).sum(),
        dir,
        latency.toMillis());
    try (DelayServer model = new DelayServer().modelLatency(latency)) {
      bench.phase("caches off", false, model, files);
      bench.phase("caches on", true, model, files);
    }
    System.exit(0);
  }

  private void phase(String name, boolean cached, DelayServer model, List<ReviewRequest.File> files)
      throws IOException, InterruptedException {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("review.llm.provider", "openai");
    properties.put("review.llm.base-url", model.uri() + "/v1");
    properties.put("review.llm.model", "bench-model");
    properties.put("review.llm.timeout", "30s");
    properties.put("review.llm.max-input-tokens-per-request", "1500");
    properties.put("review.llm.summary.enabled", "false");
    properties.put("review.cache.llm.enabled", String.valueOf(cached));
    properties.put("review.cache.rules.enabled", String.valueOf(cached));
    LocalStack.Settings settings = ConcurrencyBenchmark.stackSettings(properties);
    List<ReviewRequest.File> pushed = new ArrayList<>(files);
    ReviewRequest.File first = files.get(0);
    pushed.set(
        0,
        new ReviewRequest.File(first.path(), first.content() + "\n# pushed\n", first.language()));
    try (LocalStack stack = LocalStack.start(settings);
        BenchTopics reports = new BenchTopics(stack.bootstrapServers(), Topics.REVIEW_REPORTS)) {
      out.printf("%n%s%n", name);
      review("first review", stack, reports, model, files);
      review("same files again", stack, reports, model, files);
      review("one file changed", stack, reports, model, pushed);
    }
  }

  private void review(
      String label,
      LocalStack stack,
      BenchTopics reports,
      DelayServer model,
      List<ReviewRequest.File> files)
      throws IOException, InterruptedException {
    int before = model.modelRequests();
    long started = System.nanoTime();
    String reviewId = submit(stack.url("coordinator"), files);
    BenchTopics.Arrival arrival =
        reports.awaitAll(List.of(reviewId), r -> r.key(), PATIENCE).get(reviewId);
    ReviewReport report = EventJson.mapper().readValue(arrival.value(), ReviewReport.class);
    out.printf(
        "  %-18s %4d model request(s), %6d ms, %s, %d finding(s)%n",
        label,
        model.modelRequests() - before,
        (arrival.nanos() - started) / 1_000_000,
        report.status(),
        report.findings().size());
  }

  private String submit(String coordinator, List<ReviewRequest.File> files)
      throws IOException, InterruptedException {
    return EndToEndLatency.submit(
        http,
        coordinator,
        EventJson.mapper()
            .writeValueAsString(
                new ReviewRequest(1, null, null, null, null, files, null, null, PATIENCE)));
  }

  private static List<ReviewRequest.File> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<ReviewRequest.File> files = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = dir.relativize(file).toString().replace('\\', '/');
        if (Language.fromPath(path).isPresent()) {
          files.add(new ReviewRequest.File(path, Files.readString(file), null));
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no source files under " + dir);
      }
      return files;
    }
  }
}
