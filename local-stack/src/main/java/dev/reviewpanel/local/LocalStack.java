package dev.reviewpanel.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Kafka plus every service, each in its own Spring context, in this JVM. */
public final class LocalStack implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

  /**
   * Defaults of services sharing one JVM, below the config files and arguments: the three agents
   * share one parse cache. 250,000 characters of text (~22 MB of trees at most, ~50 example
   * reviews) covers agents working on the same reviews; young collections copy every tree it keeps
   * (docs/performance.md). A review larger than the cache is still parsed once per file: the
   * security agent's task holds the parses its cross-file pass opened until each file's turn
   * ({@code review.worker.task-parse-chars}), and the other agents read them from there.
   */
  public static final long ONE_JVM_PARSE_CACHE_CHARS = 250_000;

  static final Map<String, Object> ONE_JVM_DEFAULTS =
      Map.of("review.worker.parse-cache-chars", ONE_JVM_PARSE_CACHE_CHARS);

  private final LocalKafkaBroker broker;
  private final String bootstrapServers;
  private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

  private LocalStack(LocalKafkaBroker broker, String bootstrapServers) {
    this.broker = broker;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * What to start.
   *
   * @param bootstrapServers an existing broker to use, or null to start one on {@code kafkaPort}
   * @param properties Spring properties given to every service, overriding their config files
   * @param servicePorts per service name, the HTTP port to use instead of its configured one
   */
  public record Settings(
      String bootstrapServers,
      int kafkaPort,
      int controllerPort,
      Path dataDir,
      int partitions,
      Map<String, String> properties,
      Map<String, Integer> servicePorts,
      List<ServiceSpec> services,
      Duration readyTimeout) {}

  public static LocalStack start(Settings settings) {
    LocalKafkaBroker broker = null;
    String bootstrap = settings.bootstrapServers();
    if (bootstrap == null) {
      broker =
          new LocalKafkaBroker(
                  settings.kafkaPort(),
                  settings.controllerPort(),
                  settings.dataDir(),
                  settings.partitions())
              .start();
      bootstrap = broker.bootstrapServers();
    }
    LocalStack stack = new LocalStack(broker, bootstrap);
    try {
      for (ServiceSpec service : settings.services()) {
        stack.startService(service, settings);
      }
      for (var entry : stack.contexts.entrySet()) {
        ReadinessWaiter.awaitReady(entry.getKey(), entry.getValue(), settings.readyTimeout());
      }
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startService(ServiceSpec service, Settings settings) {
    long started = System.nanoTime();
    List<String> args = new ArrayList<>();
    args.add("--spring.kafka.bootstrap-servers=" + bootstrapServers);
    args.add("--review.topics.partitions=" + settings.partitions());
    Integer port = settings.servicePorts().get(service.name());
    if (port != null) {
      args.add("--server.port=" + port);
    }
    settings.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(service.application())
            .logStartupInfo(false)
            .properties("spring.config.name=" + service.configName())
            .properties("spring.main.banner-mode=off", "spring.main.register-shutdown-hook=false")
            .properties(ONE_JVM_DEFAULTS)
            .run(args.toArray(String[]::new));
    contexts.put(service.name(), context);
    log.info(
        "{} started in {} ms on port {}",
        service.name(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        port(service.name()));
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The HTTP port a service listens on. */
  public int port(String service) {
    return Integer.parseInt(context(service).getEnvironment().getProperty("local.server.port"));
  }

  public String url(String service) {
    return "http://127.0.0.1:" + port(service);
  }

  public ConfigurableApplicationContext context(String service) {
    ConfigurableApplicationContext context = contexts.get(service);
    if (context == null) {
      throw new IllegalArgumentException("no service named " + service);
    }
    return context;
  }

  public List<String> services() {
    return List.copyOf(contexts.keySet());
  }

  /** Stops services in reverse start order (producers first), then the broker. */
  @Override
  public void close() {
    List<String> names = new ArrayList<>(contexts.keySet());
    for (int i = names.size() - 1; i >= 0; i--) {
      try {
        contexts.get(names.get(i)).close();
      } catch (RuntimeException e) {
        log.warn("{} did not stop cleanly: {}", names.get(i), e.toString());
      }
    }
    contexts.clear();
    if (broker != null) {
      broker.close();
    }
  }
}
