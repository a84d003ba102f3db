package dev.reviewpanel.worker.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache shared by every instance through a compacted topic: each instance reads the whole topic
 * into a {@link BoundedEntries} at start (no consumer group: every instance sees every entry) and
 * keeps reading, so what one instance stores, the others find. A value stored here is also kept
 * locally at once. The cache is an optimization: a broker that cannot be reached or written costs a
 * miss, never a task.
 */
final class CompactedTopicCache implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CompactedTopicCache.class);
  private static final Duration POLL = Duration.ofMillis(500);
  // How often the reader looks for partitions it does not read yet (a topic created later).
  private static final Duration REASSIGN_EVERY = Duration.ofSeconds(30);

  private final String topic;
  private final BoundedEntries entries;
  private final Consumer<String, byte[]> consumer;
  private final Producer<String, byte[]> producer;
  private final AtomicBoolean running = new AtomicBoolean();
  private final Thread reader;
  private volatile boolean caughtUp;

  CompactedTopicCache(
      String topic,
      BoundedEntries entries,
      Consumer<String, byte[]> consumer,
      Producer<String, byte[]> producer) {
    this.topic = topic;
    this.entries = entries;
    this.consumer = consumer;
    this.producer = producer;
    this.reader = new Thread(this::read, "cache-reader-" + topic);
    this.reader.setDaemon(true);
  }

  void start() {
    if (running.compareAndSet(false, true)) {
      reader.start();
    }
  }

  Optional<byte[]> get(String key) {
    return entries.get(key);
  }

  void put(String key, byte[] value) {
    entries.put(key, value);
    try {
      producer.send(
          new ProducerRecord<>(topic, key, value),
          (metadata, e) -> {
            if (e != null) {
              log.warn("Could not share a cache entry on {}: {}", topic, e.toString());
            }
          });
    } catch (RuntimeException e) {
      log.warn("Could not share a cache entry on {}: {}", topic, e.toString());
    }
  }

  /** True once the reader has read everything the topic held when it was assigned. */
  boolean caughtUp() {
    return caughtUp;
  }

  int size() {
    return entries.size();
  }

  private void read() {
    Instant assignedAt = Instant.EPOCH;
    Map<TopicPartition, Long> ends = Map.of();
    try {
      while (running.get()) {
        if (Instant.now().isAfter(assignedAt.plus(REASSIGN_EVERY))) {
          ends = assign();
          assignedAt = Instant.now();
        }
        if (consumer.assignment().isEmpty()) {
          caughtUp = true; // nothing to read yet: every look-up is a miss, and that is right
          sleepQuietly();
          continue;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          if (record.key() == null) {
            continue;
          }
          if (record.value() == null) {
            entries.remove(record.key());
          } else {
            entries.put(record.key(), record.value());
          }
        }
        if (!caughtUp) {
          caughtUp =
              ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.warn(
          "Cache reader of {} stopped; lookups keep this instance's own entries: {}",
          topic,
          e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private Map<TopicPartition, Long> assign() {
    List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
    if (partitions == null || partitions.isEmpty()) {
      return Map.of();
    }
    List<TopicPartition> wanted =
        partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    if (consumer.assignment().containsAll(wanted)) {
      return Map.of();
    }
    List<TopicPartition> added =
        wanted.stream().filter(p -> !consumer.assignment().contains(p)).toList();
    consumer.assign(wanted);
    consumer.seekToBeginning(added);
    return consumer.endOffsets(added);
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(POLL.toMillis()); // no partitions to poll yet; polling would throw
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  @Override
  public void close() {
    if (!running.get()) {
      return;
    }
    running.set(false);
    consumer.wakeup();
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
