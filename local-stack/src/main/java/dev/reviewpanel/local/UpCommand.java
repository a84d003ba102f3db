package dev.reviewpanel.local;

import dev.reviewpanel.gateway.ScmGatewayApplication;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code review-panel up}: the whole pipeline on this machine, no Docker. */
final class UpCommand {

  private static final String LOCAL_PREFIX = "review.local.";

  private final boolean demo;
  private final Map<String, String> properties;
  private final Map<String, String> local;

  private UpCommand(boolean demo, Map<String, String> properties, Map<String, String> local) {
    this.demo = demo;
    this.properties = properties;
    this.local = local;
  }

  static UpCommand parse(String[] args) {
    boolean demo = true;
    Map<String, String> properties = new LinkedHashMap<>();
    Map<String, String> local = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.equals("--no-demo")) {
        demo = false;
      } else if (arg.startsWith("--") && arg.contains("=")) {
        String key = arg.substring(2, arg.indexOf('='));
        String value = arg.substring(arg.indexOf('=') + 1);
        if (key.isBlank()) {
          throw new IllegalArgumentException("empty property name in '" + arg + "'");
        }
        if (key.startsWith(LOCAL_PREFIX)) {
          local.put(key.substring(LOCAL_PREFIX.length()), value);
        } else {
          properties.put(key, value);
        }
      } else {
        throw new IllegalArgumentException(
            "unexpected argument '" + arg + "': use --no-demo or --key=value");
      }
    }
    return new UpCommand(demo, properties, local);
  }

  int run(PrintStream out) {
    Path dataDir = dataDir();
    LocalStack.Settings settings =
        new LocalStack.Settings(
            null,
            intSetting("kafka-port", 9092),
            intSetting("controller-port", 9093),
            dataDir,
            Integer.parseInt(properties.getOrDefault("review.topics.partitions", "3")),
            properties,
            Map.of(),
            ServiceSpec.standard(),
            Duration.ofSeconds(intSetting("ready-timeout-seconds", 120)));
    out.println(
        "Starting Kafka on localhost:"
            + settings.kafkaPort()
            + " and "
            + settings.services().size()
            + " services...");
    long started = System.nanoTime();
    LocalStack stack = LocalStack.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping Review Panel...");
                  stack.close();
                  stopped.countDown();
                },
                "review-panel-shutdown"));
    printEndpoints(out, stack, Duration.ofNanos(System.nanoTime() - started));
    if (demo) {
      new DemoReview(stack.url("coordinator"), apiKey(), out)
          .submit(Path.of(local.getOrDefault("examples", "examples/request.json")));
    }
    out.println("Serving until Ctrl-C.");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private Path dataDir() {
    try {
      if (local.containsKey("data-dir")) {
        return Path.of(local.get("data-dir")).toAbsolutePath();
      }
      Path temporary = Files.createTempDirectory("review-panel-kafka-");
      temporary.toFile().deleteOnExit();
      return temporary;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create a Kafka data directory", e);
    }
  }

  private String apiKey() {
    String keys = properties.get("review.security.api-keys");
    return keys == null || keys.isBlank() ? null : keys.split(",")[0].trim();
  }

  private int intSetting(String name, int fallback) {
    String value = local.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(LOCAL_PREFIX + name + " must be a number: " + value);
    }
  }

  private void printEndpoints(PrintStream out, LocalStack stack, Duration took) {
    out.printf("%nReview Panel is up (%.1f s).%n", took.toMillis() / 1000.0);
    out.printf("  %-12s %s%n", "kafka", stack.bootstrapServers());
    for (String service : stack.services()) {
      out.printf("  %-12s %s%n", service, stack.url(service));
    }
    out.printf("%n%s%n", boardLine(stack.url("coordinator"), apiKey() != null));
    if (stack.services().contains("scm-gateway")) {
      out.printf(
          "%nPull request webhooks: %s/webhooks/github and %s/webhooks/gitlab%n",
          stack.url("scm-gateway"), stack.url("scm-gateway"));
      ScmGatewayApplication.providers(stack.context("scm-gateway"))
          .forEach(line -> out.println("  " + line));
    }
    out.printf(
        "%nSubmit a review:%n  curl -s -X POST %s/api/reviews -H 'Content-Type: application/json'"
            + " -d @examples/request.json%n  ./review-panel submit examples/shop --url %s%n%n",
        stack.url("coordinator"), stack.url("coordinator"));
  }

  /** Where the review board is, and whether it will ask for a key. */
  static String boardLine(String coordinatorUrl, boolean keysRequired) {
    return "Review board: "
        + coordinatorUrl
        + "/"
        + (keysRequired ? "  (asks once per browser session for one of the API keys)" : "");
  }
}
