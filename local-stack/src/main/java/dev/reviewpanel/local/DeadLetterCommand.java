package dev.reviewpanel.local;

import dev.reviewpanel.events.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code review-panel dlt list|replay TOPIC-dlt}: shows what was dead-lettered and why, or sends
 * the records back to the topic they came from, with their key, bytes and own headers.
 */
final class DeadLetterCommand {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final String action;
  private final String topic;
  private final String bootstrapServers;

  private DeadLetterCommand(String action, String topic, String bootstrapServers) {
    this.action = action;
    this.topic = topic;
    this.bootstrapServers = bootstrapServers;
  }

  static DeadLetterCommand parse(String[] args) {
    String bootstrap = "localhost:9092";
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--bootstrap-servers=")) {
        bootstrap = arg.substring(arg.indexOf('=') + 1);
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option '" + arg + "'");
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() != 2 || !List.of("list", "replay").contains(positional.get(0))) {
      throw new IllegalArgumentException(
          "usage: review-panel dlt list|replay <topic>-dlt [--bootstrap-servers=host:port]");
    }
    if (!positional.get(1).endsWith(Topics.DLT_SUFFIX)) {
      throw new IllegalArgumentException(
          "'" + positional.get(1) + "' is not a dead-letter topic (it must end in -dlt)");
    }
    return new DeadLetterCommand(positional.get(0), positional.get(1), bootstrap);
  }

  int run(PrintStream out) {
    List<ConsumerRecord<byte[], byte[]>> records = readAll();
    if (action.equals("list")) {
      records.forEach(r -> out.println(describe(r)));
      out.printf("%d dead letter(s) in %s%n", records.size(), topic);
      return 0;
    }
    String source = topic.substring(0, topic.length() - Topics.DLT_SUFFIX.length());
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (ConsumerRecord<byte[], byte[]> record : records) {
        ProducerRecord<byte[], byte[]> replay =
            new ProducerRecord<>(source, null, record.key(), record.value());
        for (Header header : record.headers()) {
          if (!isErrorHeader(header.key())) {
            replay.headers().add(header);
          }
        }
        producer.send(replay);
      }
      producer.flush();
    }
    out.printf("replayed %d record(s) from %s to %s%n", records.size(), topic, source);
    return 0;
  }

  /** Headers the error handlers added; the replayed record starts without them. */
  private static boolean isErrorHeader(String name) {
    return name.startsWith("kafka_dlt-")
        || name.startsWith("kafka_exception-")
        || name.startsWith("kafka_original-")
        || name.startsWith("retry_topic-")
        || name.equals("reviewpanel-rejection-reason");
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll() {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      if (partitions.isEmpty()) {
        throw new IllegalArgumentException("topic " + topic + " does not exist");
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "could not read " + topic + " to its end within " + READ_TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
            records.add(record);
          }
        }
      }
      return records;
    }
  }

  private static String describe(ConsumerRecord<byte[], byte[]> record) {
    String reason = header(record, "reviewpanel-rejection-reason");
    if (reason == null) {
      reason = header(record, "kafka_dlt-exception-message");
    }
    String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    return String.format(
        "%d:%d %s key=%s reason=%s value=%s",
        record.partition(),
        record.offset(),
        Instant.ofEpochMilli(record.timestamp()),
        record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8),
        reason,
        abbreviate(value.replaceAll("\\s+", " "), 120));
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "review-panel-dlt-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            "false",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed"),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }
}
