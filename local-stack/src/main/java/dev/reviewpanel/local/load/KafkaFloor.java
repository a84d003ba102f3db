package dev.reviewpanel.local.load;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka floor: the pipeline's four hops (request, task, result, report) done by plain clients
 * that only copy a timestamp into a record of the next hop's size, at the same rate, on the same
 * broker, acks=all and linger 0 like the services. What the pipeline takes beyond it is overhead.
 */
final class KafkaFloor {

  private static final int HOPS = 4;
  private static final int PARTITIONS = 3;

  private final String bootstrapServers;

  KafkaFloor(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** Record sizes of the four hops, in bytes. */
  record Sizes(int request, int task, int result, int report) {
    int of(int hop) {
      return switch (hop) {
        case 0 -> request;
        case 1 -> task;
        case 2 -> result;
        default -> report;
      };
    }
  }

  Latencies measure(double rate, Duration duration, Sizes sizes) throws Exception {
    String run = "load-floor-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<String> topics = new ArrayList<>();
    for (int hop = 0; hop < HOPS; hop++) {
      topics.add(run + hop);
    }
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin
          .createTopics(topics.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList())
          .all()
          .get();
      try {
        return run(topics, rate, duration, sizes);
      } finally {
        admin.deleteTopics(topics).all().get();
      }
    }
  }

  private Latencies run(List<String> topics, double rate, Duration duration, Sizes sizes)
      throws InterruptedException {
    ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
    List<Thread> relays = new ArrayList<>();
    List<KafkaConsumer<byte[], byte[]>> consumers = new ArrayList<>();
    long count = Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
    for (int hop = 1; hop <= HOPS; hop++) {
      KafkaConsumer<byte[], byte[]> consumer = consumer(topics.get(hop - 1));
      consumers.add(consumer);
      String next = hop < HOPS ? topics.get(hop) : null;
      int size = hop < HOPS ? sizes.of(hop) : 0;
      Thread relay = new Thread(() -> relay(consumer, next, size, millis), "load-floor-" + hop);
      relay.setDaemon(true);
      relays.add(relay);
      relay.start();
    }
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      long start = System.nanoTime();
      for (long i = 0; i < count; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        producer.send(new ProducerRecord<>(topics.get(0), stamped(due, sizes.of(0))));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (millis.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      consumers.forEach(KafkaConsumer::wakeup);
      for (Thread relay : relays) {
        relay.join(5_000);
      }
    }
    return Latencies.of(millis);
  }

  // consumes one hop; forwards the stamp at the next hop's size, or at the last hop times it
  private void relay(
      KafkaConsumer<byte[], byte[]> consumer,
      String next,
      int size,
      ConcurrentLinkedQueue<Double> millis) {
    try (consumer;
        KafkaProducer<byte[], byte[]> producer = next == null ? null : producer()) {
      while (true) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          long stamp = ByteBuffer.wrap(record.value()).getLong();
          if (producer == null) {
            millis.add((System.nanoTime() - stamp) / 1e6);
          } else {
            producer.send(new ProducerRecord<>(next, record.key(), stamped(stamp, size)));
          }
        }
      }
    } catch (org.apache.kafka.common.errors.WakeupException e) {
      // measured enough
    }
  }

  private static byte[] stamped(long nanos, int size) {
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(Long.BYTES, size));
    buffer.putLong(nanos);
    return buffer.array();
  }

  private KafkaConsumer<byte[], byte[]> consumer(String topic) {
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      partitions.add(new TopicPartition(topic, p));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }

  private KafkaProducer<byte[], byte[]> producer() {
    return producer(bootstrapServers);
  }

  /** A producer set like the services' (acks=all, linger 0), for records up to 8 MiB. */
  static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.LINGER_MS_CONFIG,
            0,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
            8 * 1024 * 1024),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }
}
