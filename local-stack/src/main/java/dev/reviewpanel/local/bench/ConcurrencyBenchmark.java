package dev.reviewpanel.local.bench;

import dev.reviewpanel.local.LocalKafkaBroker;
import dev.reviewpanel.local.LocalStack;
import dev.reviewpanel.local.ServiceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.convert.DurationStyle;

/**
 * How much one worker instance's in-flight window buys when every analysis waits on a slow model.
 *
 * <pre>
 * java -cp local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar \
 *   -Dloader.main=dev.reviewpanel.local.bench.ConcurrencyBenchmark \
 *   org.springframework.boot.loader.launch.PropertiesLauncher [--mode=worker|e2e|both|scale|llm] \
 *   [--tasks=640] [--warmup-tasks=400] [--reviews=10] [--warmup-reviews=3] [--latency=1s]
 *   [--reviewer=http|llm] [--key=value...]
 * </pre>
 *
 * <p>{@code worker}: one security worker, a 3-partition task topic, N one-file tasks whose analysis
 * takes {@code --latency}; prints tasks/s. {@code e2e}: the whole stack with security, bug and
 * performance answering after 2.0, 1.5 and 1.2 s; prints review time against the slowest agent and
 * the sequential sum. {@code --reviewer=http} (default) waits on a loopback HTTP server with those
 * latencies; {@code --reviewer=llm} adds nothing, so pass {@code --review.llm.*} settings and the
 * LLM reviewer against a model server with fixed latencies does the waiting. {@code scale}: the
 * worker load on 1, then 3 instances of one group ({@code --instances=1,3}), each with a small
 * in-flight window (4 unless {@code --review.worker.concurrency.max-in-flight} says otherwise), so
 * the instance is the limit, on a task topic of {@code --partitions} (6) partitions; prints tasks/s
 * and the ratio. {@code llm}: the whole stack with the LLM reviewer of every agent pointed at a
 * loopback model answering security, bug and performance after 2.0, 1.5 and 1.2 s per request,
 * reviewing {@code --request} (examples/request.json: three files, so several requests per agent);
 * prints review time against the slowest agent's model latency. Any other {@code --key=value}
 * reaches every service as a Spring property.
 */
public final class ConcurrencyBenchmark {

  private static final Map<String, Duration> AGENT_LATENCIES =
      Map.of(
          "security", Duration.ofMillis(2000),
          "bug", Duration.ofMillis(1500),
          "performance", Duration.ofMillis(1200));

  private ConcurrencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> properties = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      String value = pair.length > 1 ? pair[1] : "true";
      if (List.of(
              "mode",
              "tasks",
              "warmup-tasks",
              "reviews",
              "warmup-reviews",
              "latency",
              "reviewer",
              "instances",
              "partitions",
              "request")
          .contains(pair[0])) {
        options.put(pair[0], value);
      } else {
        properties.put(pair[0], value);
      }
    }
    String mode = options.getOrDefault("mode", "both");
    boolean http = options.getOrDefault("reviewer", "http").equals("http");
    Duration latency = DurationStyle.detectAndParse(options.getOrDefault("latency", "1s"));
    PrintStream out = System.out;
    if (mode.equals("llm")) {
      new ModelLatencyRun(AGENT_LATENCIES, out)
          .run(
              properties,
              Path.of(options.getOrDefault("request", "examples/request.json")),
              Integer.parseInt(options.getOrDefault("warmup-reviews", "3")),
              Integer.parseInt(options.getOrDefault("reviews", "10")));
      System.exit(0);
    }
    try (DelayServer server = http ? new DelayServer() : null) {
      if (http) {
        properties.put("spring.main.sources", LatencyReviewerConfiguration.class.getName());
        properties.put(LatencyReviewerConfiguration.URL, server.uri().toString());
      }
      if (mode.equals("scale")) {
        Map<String, String> worker = new LinkedHashMap<>(properties);
        worker.put(LatencyReviewerConfiguration.DEFAULT, latency.toMillis() + "ms");
        // a small window per instance, so one instance is the limit and more instances lift it
        worker.putIfAbsent("review.worker.concurrency.max-in-flight", "4");
        scaleOut(worker, options, out);
        System.exit(0);
      }
      if (!mode.equals("e2e")) {
        Map<String, String> worker = new LinkedHashMap<>(properties);
        worker.put(LatencyReviewerConfiguration.DEFAULT, latency.toMillis() + "ms");
        workerThroughput(worker, options, out);
      }
      if (!mode.equals("worker")) {
        Map<String, String> stack = new LinkedHashMap<>(properties);
        AGENT_LATENCIES.forEach(
            (agent, d) ->
                stack.put(LatencyReviewerConfiguration.AGENTS + "." + agent, d.toMillis() + "ms"));
        endToEnd(stack, options, out);
      }
    }
    System.exit(0);
  }

  private static void workerThroughput(
      Map<String, String> properties, Map<String, String> options, PrintStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("review-panel-bench-");
    try (LocalKafkaBroker broker =
        new LocalKafkaBroker(LocalKafkaBroker.freePort(), LocalKafkaBroker.freePort(), dir, 3)
            .start()) {
      new WorkerThroughput(broker.bootstrapServers(), properties, out)
          .run(
              Integer.parseInt(options.getOrDefault("warmup-tasks", "400")),
              Integer.parseInt(options.getOrDefault("tasks", "640")));
    }
  }

  // the same load on 1 instance, then on each count of --instances (default 1,3), fresh broker each
  private static void scaleOut(
      Map<String, String> properties, Map<String, String> options, PrintStream out)
      throws IOException {
    List<Integer> counts =
        List.of(options.getOrDefault("instances", "1,3").split(",")).stream()
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    // keys spread unevenly over partitions: with one partition per instance the busiest one
    // sets the pace, so the default gives each of 3 instances two partitions
    int partitions = Integer.parseInt(options.getOrDefault("partitions", "6"));
    Map<Integer, Double> rates = new LinkedHashMap<>();
    for (int instances : counts) {
      Path dir = Files.createTempDirectory("review-panel-bench-");
      try (LocalKafkaBroker broker =
          new LocalKafkaBroker(
                  LocalKafkaBroker.freePort(), LocalKafkaBroker.freePort(), dir, partitions)
              .start()) {
        rates.put(
            instances,
            new WorkerThroughput(broker.bootstrapServers(), properties, out)
                .run(
                    instances,
                    partitions,
                    Integer.parseInt(options.getOrDefault("warmup-tasks", "100")),
                    Integer.parseInt(options.getOrDefault("tasks", "240"))));
      }
    }
    double base = rates.get(counts.get(0));
    rates.forEach(
        (instances, rate) ->
            out.printf(
                "scale-out: %d instance(s) %.1f tasks/s = %.2fx of %d (target for 3: >= 2.5x)%n",
                instances, rate, rate / base, counts.get(0)));
  }

  private static void endToEnd(
      Map<String, String> properties, Map<String, String> options, PrintStream out)
      throws IOException, InterruptedException {
    try (LocalStack stack = LocalStack.start(stackSettings(properties))) {
      List<Long> millis =
          new EndToEndLatency(stack.url("coordinator"), stack.bootstrapServers(), out)
              .run(
                  Integer.parseInt(options.getOrDefault("warmup-reviews", "3")),
                  Integer.parseInt(options.getOrDefault("reviews", "10")));
      report(millis, out);
    }
  }

  /** Every standard service on free ports over a fresh broker, with {@code properties}. */
  static LocalStack.Settings stackSettings(Map<String, String> properties) throws IOException {
    List<ServiceSpec> services = ServiceSpec.standard();
    return new LocalStack.Settings(
        null,
        LocalKafkaBroker.freePort(),
        LocalKafkaBroker.freePort(),
        Files.createTempDirectory("review-panel-bench-"),
        3,
        properties,
        services.stream().collect(Collectors.toMap(ServiceSpec::name, s -> 0)),
        services,
        Duration.ofMinutes(2));
  }

  private static void report(List<Long> millis, PrintStream out) {
    List<Long> sorted = millis.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    long p90 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
    long slowest = AGENT_LATENCIES.values().stream().mapToLong(Duration::toMillis).max().orElse(0);
    long sum = AGENT_LATENCIES.values().stream().mapToLong(Duration::toMillis).sum();
    out.printf("end-to-end review times (ms): %s%n", millis);
    out.printf(
        "median %d ms, p90 %d ms, max %d ms; slowest agent %d ms, sequential sum %d ms%n",
        median, p90, sorted.get(sorted.size() - 1), slowest, sum);
    out.printf(
        "median / slowest agent = %.3f (target <= 1.10); parallel speedup vs sequential = %.2fx%n",
        (double) median / slowest, (double) sum / median);
  }
}
