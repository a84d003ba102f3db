package dev.reviewpanel.worker;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends raw task records and collects what lands on the topics a test watches. */
final class KafkaProbe implements AutoCloseable {

  // Room for tasks larger than Kafka's default 1 MiB record limit.
  private static final int MAX_REQUEST_BYTES = 5 * 1024 * 1024;

  private final String brokers;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  KafkaProbe(String brokers, Collection<String> watched) {
    this.brokers = brokers;
    producer = producer(Map.of());
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
  RecordMetadata sendTask(String topic, String reviewId, String taskId, Object value) {
    return send(topic, reviewId, taskId, EventJson.mapper().writeValueAsBytes(value));
  }

  /** Sends {@code value} and waits until the broker has it, so a refused record fails the test. */
  RecordMetadata send(String topic, String reviewId, String taskId, byte[] value) {
    return await(producer, record(topic, reviewId, taskId, value));
  }

  /** Writes {@code value} as JSON in a Kafka transaction, then aborts the transaction. */
  void sendAborted(String topic, String reviewId, String taskId, Object value) {
    try (KafkaProducer<String, byte[]> transactional =
        producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "probe-" + UUID.randomUUID()))) {
      transactional.initTransactions();
      transactional.beginTransaction();
      await(
          transactional,
          record(topic, reviewId, taskId, EventJson.mapper().writeValueAsBytes(value)));
      transactional.abortTransaction();
    }
  }

  private KafkaProducer<String, byte[]> producer(Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>(extra);
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  private static ProducerRecord<String, byte[]> record(
      String topic, String reviewId, String taskId, byte[] value) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, reviewId, value);
    record.headers().add(new RecordHeader(Topics.REVIEW_ID_HEADER, utf8(reviewId)));
    record.headers().add(new RecordHeader(Topics.TASK_ID_HEADER, utf8(taskId)));
    return record;
  }

  private static RecordMetadata await(
      KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record) {
    try {
      return producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker refused " + record.topic(), e.getCause());
    }
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
