package dev.reviewpanel.local.bench;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.security.SecurityWorkerApplication;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One security worker instance on a 3-partition task topic, fed N one-file tasks at once; each
 * task's analysis waits on the latency source. Prints tasks per second from the first send to the
 * last result.
 */
final class WorkerThroughput {

  private static final String AGENT = "security";
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private final String bootstrapServers;
  private final Map<String, String> properties;
  private final PrintStream out;

  WorkerThroughput(String bootstrapServers, Map<String, String> properties, PrintStream out) {
    this.bootstrapServers = bootstrapServers;
    this.properties = properties;
    this.out = out;
  }

  /** Runs {@code warmup} tasks, then {@code tasks} timed ones; returns tasks per second. */
  double run(int warmup, int tasks) {
    return run(1, warmup, tasks);
  }

  /**
   * Runs {@code instances} worker instances of one group (each its own Spring context, as separate
   * processes would be), {@code warmup} tasks, then {@code tasks} timed ones; returns tasks/s.
   */
  double run(int instances, int warmup, int tasks) {
    return run(instances, 3, warmup, tasks);
  }

  /** As {@link #run(int, int, int)}, on a task topic of {@code partitions} partitions. */
  double run(int instances, int partitions, int warmup, int tasks) {
    List<String> args = new ArrayList<>();
    args.add("--spring.kafka.bootstrap-servers=" + bootstrapServers);
    args.add("--review.topics.partitions=" + partitions);
    args.add("--server.port=0");
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    List<ConfigurableApplicationContext> workers = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      workers.add(
          new SpringApplicationBuilder(SecurityWorkerApplication.class)
              .logStartupInfo(false)
              .properties("spring.config.name=" + SecurityWorkerApplication.CONFIG_NAME)
              .properties("spring.main.banner-mode=off")
              .run(args.toArray(String[]::new)));
    }
    // after the workers: they declare review-results, which the reader must find
    try (BenchTopics topics = new BenchTopics(bootstrapServers, Topics.REVIEW_RESULTS)) {
      String window =
          workers
              .get(0)
              .getEnvironment()
              .getProperty("review.worker.concurrency.max-in-flight", "32");
      out.printf(
          "%d worker instance(s) up: max-in-flight %s each, %d partitions%n",
          instances, window, partitions);
      batch(topics, warmup);
      long started = System.nanoTime();
      long last =
          batch(topics, tasks).values().stream()
              .mapToLong(BenchTopics.Arrival::nanos)
              .max()
              .orElseThrow();
      double seconds = (last - started) / 1e9;
      double perSecond = tasks / seconds;
      out.printf(
          "worker throughput, %d instance(s): %d tasks in %.2f s = %.1f tasks/s%n",
          instances, tasks, seconds, perSecond);
      return perSecond;
    } finally {
      workers.forEach(ConfigurableApplicationContext::close);
    }
  }

  private Map<String, BenchTopics.Arrival> batch(BenchTopics topics, int count) {
    String tasks = Topics.tasks(AGENT);
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String reviewId = UUID.randomUUID().toString();
      String taskId = reviewId + ":" + AGENT + ":0";
      taskIds.add(taskId);
      topics.sendTask(tasks, reviewId, taskId, task(reviewId, taskId, i));
    }
    topics.flush();
    return topics.awaitAll(
        taskIds,
        record -> EventJson.mapper().readValue(record.value(), AgentResult.class).taskId(),
        PATIENCE);
  }

  private static ReviewTask task(String reviewId, String taskId, int index) {
    String source =
        "class Bench" + index + " {\n  int total(int a, int b) {\n    return a + b;\n  }\n}\n";
    return new ReviewTask(
        ReviewTask.SCHEMA_VERSION,
        null,
        reviewId,
        taskId,
        AGENT,
        new ReviewTask.Shard(0, 1),
        List.of(new ReviewTask.File("src/Bench" + index + ".java", "java", source, null)),
        Instant.now().plus(PATIENCE));
  }
}
