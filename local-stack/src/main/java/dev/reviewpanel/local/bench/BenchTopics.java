package dev.reviewpanel.local.bench;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The benchmark's own Kafka clients: a task writer and a reader that times arrivals. */
final class BenchTopics implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;

  BenchTopics(String bootstrapServers, String watched) {
    Map<String, Object> producerConfig = new HashMap<>();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of(watched));
    // Joined and positioned before anything is sent, so "latest" misses nothing of ours.
    while (consumer.assignment().isEmpty()) {
      consumer.poll(Duration.ofMillis(100));
    }
  }

  /** Writes a task record as the coordinator does, with the review and task id headers. */
  void sendTask(String topic, String reviewId, String taskId, Object task) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, reviewId, EventJson.mapper().writeValueAsBytes(task));
    record.headers().add(Topics.REVIEW_ID_HEADER, reviewId.getBytes(StandardCharsets.UTF_8));
    record.headers().add(Topics.TASK_ID_HEADER, taskId.getBytes(StandardCharsets.UTF_8));
    producer.send(record);
  }

  void flush() {
    producer.flush();
  }

  /** A record of interest and when it was read ({@link System#nanoTime()}). */
  record Arrival(long nanos, byte[] value) {}

  /**
   * Reads until every id in {@code expected} arrived ({@code idOf} reads a record's id, or null for
   * records of no interest); returns each id's first arrival.
   */
  Map<String, Arrival> awaitAll(
      java.util.Collection<String> expected,
      Function<ConsumerRecord<String, byte[]>, String> idOf,
      Duration timeout) {
    Map<String, Arrival> arrivals = new HashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (arrivals.size() < expected.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "only " + arrivals.size() + " of " + expected.size() + " arrived within " + timeout);
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
        long now = System.nanoTime();
        String id = idOf.apply(record);
        if (id != null && expected.contains(id)) {
          arrivals.putIfAbsent(id, new Arrival(now, record.value()));
        }
      }
    }
    return arrivals;
  }

  @Override
  public void close() {
    producer.close();
    consumer.close();
  }
}
