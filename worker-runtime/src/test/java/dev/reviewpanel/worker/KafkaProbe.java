package dev.reviewpanel.worker;

import dev.reviewpanel.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends raw task records and collects what lands on the topics a test watches. */
final class KafkaProbe implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  KafkaProbe(String brokers, Collection<String> watched) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ProducerConfig.LINGER_MS_CONFIG,
                0),
            new StringSerializer(),
            new ByteArraySerializer());
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(watched);
  }

  /** Sends {@code value} as JSON with the coordinator's id headers. */
  void sendTask(String topic, String reviewId, String taskId, Object value) {
    send(topic, reviewId, taskId, EventJson.mapper().writeValueAsBytes(value));
  }

  void send(String topic, String reviewId, String taskId, byte[] value) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, reviewId, value);
    record.headers().add(new RecordHeader("reviewpanel-review-id", utf8(reviewId)));
    record.headers().add(new RecordHeader("reviewpanel-task-id", utf8(taskId)));
    producer.send(record);
    producer.flush();
  }

  /** Polls once more, then returns every record seen so far on {@code topic} for the review. */
  List<ConsumerRecord<String, byte[]>> records(String topic, String reviewId) {
    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    return seen.stream().filter(r -> r.topic().equals(topic) && reviewId.equals(r.key())).toList();
  }

  <T> List<T> values(String topic, String reviewId, Class<T> type) {
    return records(topic, reviewId).stream()
        .map(r -> EventJson.mapper().readValue(r.value(), type))
        .toList();
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
    consumer.close();
  }
}
