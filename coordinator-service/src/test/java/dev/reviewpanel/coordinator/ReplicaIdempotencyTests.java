package dev.reviewpanel.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.coordinator.validation.ReviewIds;
import dev.reviewpanel.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Two coordinator replicas on one broker receive the same idempotency keys at the same moment, by
 * REST and on {@code review-requests}, then one replica stops and the other takes every key again:
 * each key is planned exactly once.
 */
@TransactionalBroker
class ReplicaIdempotencyTests {

  private static final int KEYS = 40;
  private static final int POSTS_PER_REPLICA = 3;

  private EmbeddedKafkaBroker broker;

  private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ExecutorService clients = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    clients.shutdownNow();
    replicas.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void shouldPlanEachKeyOnceWhateverReplicaOrChannelReceivesIt(EmbeddedKafkaBroker broker)
      throws Exception {
    this.broker = broker;
    ConfigurableApplicationContext first = start();
    ConfigurableApplicationContext second = start();
    List<String> keys =
        IntStream.range(0, KEYS)
            .mapToObj(i -> "replica-key-" + i + "-" + System.nanoTime())
            .toList();

    fire(keys, List.of(first, second), true);
    Map<String, Long> plans = awaitPlans(keys);
    assertThat(plans.values()).allMatch(count -> count == 1);

    // the first replica leaves: the second takes over its partitions and every key once more
    first.close();
    replicas.remove(first);
    fire(keys, List.of(second), true);
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(planCounts(keys).values()).allMatch(count -> count == 1));
    assertThat(planCounts(keys)).hasSize(KEYS);
  }

  private ConfigurableApplicationContext start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(CoordinatorApplication.class)
            .properties("spring.config.name=" + CoordinatorApplication.CONFIG_NAME)
            .run(
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--server.port=0",
                "--spring.main.banner-mode=off");
    replicas.add(context);
    return context;
  }

  // every key at once: POSTs to each replica and a record keyed by the key itself
  private void fire(List<String> keys, List<ConfigurableApplicationContext> to, boolean kafka)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (String key : keys) {
      for (ConfigurableApplicationContext replica : to) {
        for (int i = 0; i < POSTS_PER_REPLICA; i++) {
          answers.add(CompletableFuture.supplyAsync(() -> post(replica, key, go), clients));
        }
      }
    }
    try (KafkaProducer<String, String> producer = producer()) {
      go.countDown();
      if (kafka) {
        for (String key : keys) {
          producer.send(new ProducerRecord<>(Topics.REVIEW_REQUESTS, key, body(null)));
        }
      }
    }
    for (CompletableFuture<Integer> answer : answers) {
      assertThat(answer.get()).isIn(200, 202);
    }
  }

  private int post(ConfigurableApplicationContext replica, String key, CountDownLatch go) {
    try {
      go.await();
      String port = replica.getEnvironment().getProperty("local.server.port");
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reviews"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body(key)))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(String key) {
    String idempotency = key == null ? "" : "\"idempotencyKey\": \"" + key + "\", ";
    return "{" + idempotency + "\"files\": [{\"path\": \"a.py\", \"content\": \"x = 1\\n\"}]}";
  }

  private Map<String, Long> awaitPlans(List<String> keys) {
    Set<String> ids = keys.stream().map(ReviewIds::forIdempotencyKey).collect(Collectors.toSet());
    new TopicReader(broker.getBrokersAsString())
        .readUntil(
            Topics.REVIEW_PLANS,
            records ->
                records.stream()
                    .map(ConsumerRecord::key)
                    .collect(Collectors.toSet())
                    .containsAll(ids));
    return planCounts(keys);
  }

  // every committed plan so far, counted by review id
  private Map<String, Long> planCounts(List<String> keys) {
    Set<String> ids = keys.stream().map(ReviewIds::forIdempotencyKey).collect(Collectors.toSet());
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.REVIEW_PLANS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<String> keysRead = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> keysRead.add(record.key()));
      }
      return keysRead.stream()
          .filter(ids::contains)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
  }

  private KafkaProducer<String, String> producer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        new StringSerializer(),
        new StringSerializer());
  }
}
