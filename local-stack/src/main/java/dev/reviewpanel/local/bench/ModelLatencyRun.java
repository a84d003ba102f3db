package dev.reviewpanel.local.bench;

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
import java.util.stream.Collectors;

/**
 * The LLM reviewer's share of a review's latency: the whole stack with every agent's LLM reviewer
 * pointed at a loopback model that answers each agent after its own delay, reviewing the example
 * request (several files, so several model requests per agent) one review at a time, each with its
 * files changed by a comment so no cache answers. Prints submit-to-report time against the slowest
 * agent's model latency (the floor when an agent's requests run side by side) and against that
 * agent's observed span of requests.
 */
final class ModelLatencyRun {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private final Map<String, Duration> latencies;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newHttpClient();

  ModelLatencyRun(Map<String, Duration> latencies, PrintStream out) {
    this.latencies = latencies;
    this.out = out;
  }

  void run(Map<String, String> extra, Path request, int warmup, int reviews)
      throws IOException, InterruptedException {
    ReviewRequest example =
        EventJson.mapper().readValue(Files.readString(request), ReviewRequest.class);
    List<Long> totals = new ArrayList<>();
    List<Double> bySpan = new ArrayList<>();
    List<Long> inAgents = new ArrayList<>();
    try (DelayServer model = new DelayServer().agentLatencies(latencies)) {
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("review.llm.provider", "openai");
      properties.put("review.llm.base-url", model.uri() + "/v1");
      properties.put("review.llm.model", "bench-model");
      properties.put("review.llm.timeout", "30s");
      properties.putAll(extra);
      try (LocalStack stack = LocalStack.start(ConcurrencyBenchmark.stackSettings(properties));
          BenchTopics reports = new BenchTopics(stack.bootstrapServers(), Topics.REVIEW_REPORTS)) {
        out.printf(
            "%d file(s) from %s; model latency per request %s%n",
            example.files().size(), request, describe(latencies));
        for (int i = 0; i < warmup + reviews; i++) {
          model.takeSpans();
          long started = System.nanoTime();
          String reviewId = submit(stack.url("coordinator"), example, i);
          BenchTopics.Arrival arrival =
              reports.awaitAll(List.of(reviewId), r -> r.key(), PATIENCE).get(reviewId);
          long total = (arrival.nanos() - started) / 1_000_000;
          Map<String, DelayServer.Span> spans = model.takeSpans();
          if (i < warmup) {
            continue;
          }
          DelayServer.Span slowest =
              spans.values().stream()
                  .max((a, b) -> Long.compare(a.millis(), b.millis()))
                  .orElseThrow(() -> new IllegalStateException("no model request was made"));
          totals.add(total);
          bySpan.add((double) total / slowest.millis());
          ReviewReport report = EventJson.mapper().readValue(arrival.value(), ReviewReport.class);
          long agentMillis =
              report.agents().stream().mapToLong(a -> a.durationMs()).max().orElse(0);
          inAgents.add(agentMillis);
          out.printf(
              "  review %2d: %5d ms, %s, slowest agent's task %d ms; model requests %s%n",
              i - warmup + 1, total, report.status(), agentMillis, describeSpans(spans));
        }
      }
    }
    summarize(totals, bySpan, inAgents);
  }

  private void summarize(List<Long> totals, List<Double> bySpan, List<Long> inAgents) {
    List<Long> sorted = totals.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    long slowest = latencies.values().stream().mapToLong(Duration::toMillis).max().orElse(1);
    double spanRatio = bySpan.stream().sorted().toList().get(bySpan.size() / 2);
    long agent = inAgents.stream().sorted().toList().get(inAgents.size() / 2);
    out.printf(
        "median %d ms, max %d ms; slowest agent's model latency %d ms, its task %d ms (median),"
            + " the pipeline around it %d ms%n",
        median, sorted.get(sorted.size() - 1), slowest, agent, median - agent);
    out.printf(
        "median / slowest agent's model latency = %.2f (target <= 1.10);"
            + " median / slowest agent's span of requests = %.2f%n",
        (double) median / slowest, spanRatio);
  }

  private String submit(String coordinator, ReviewRequest example, int index)
      throws IOException, InterruptedException {
    // new code every time, as a review of a fresh push would be: no cache answers
    List<ReviewRequest.File> files =
        example.files().stream()
            .map(
                f ->
                    new ReviewRequest.File(
                        f.path(),
                        f.content() + "\n" + comment(f.path(), index) + "\n",
                        f.language()))
            .toList();
    ReviewRequest request =
        new ReviewRequest(1, null, null, null, null, files, null, null, PATIENCE);
    return EndToEndLatency.submit(
        http, coordinator, EventJson.mapper().writeValueAsString(request));
  }

  private static String comment(String path, int index) {
    return (path.endsWith(".py") ? "# revision " : "// revision ") + index;
  }

  private static String describe(Map<String, Duration> latencies) {
    return latencies.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
        .collect(Collectors.joining(", "));
  }

  private static String describeSpans(Map<String, DelayServer.Span> spans) {
    return spans.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey() + " " + e.getValue().requests() + " in " + e.getValue().millis() + " ms")
        .collect(Collectors.joining(", "));
  }
}
