package dev.reviewpanel.local.chaos;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Which agents announced (AGENT_STARTED on {@code review-events}) that they started a review's
 * task, so the pause fault can stop a worker while it is analyzing.
 */
final class StartedTasks implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread reader;
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;

  StartedTasks(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "chaos-events-" + UUID.randomUUID()),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.REVIEW_EVENTS, Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    reader = new Thread(this::read, "chaos-started-tasks");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    while (running) {
      try {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
          ReviewEvent event = event(record.value());
          if (event != null && event.type() == ReviewEvent.Type.AGENT_STARTED) {
            started.add(event.reviewId() + "/" + event.agent());
          }
        }
      } catch (WakeupException e) {
        return;
      } catch (KafkaException e) {
        // the broker restarting: poll again
      }
    }
  }

  private static ReviewEvent event(byte[] value) {
    try {
      return value == null ? null : EventJson.mapper().readValue(value, ReviewEvent.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** True once {@code agent} started a task of any of {@code reviewIds}. */
  boolean anyStarted(Iterable<String> reviewIds, String agent) {
    for (String id : reviewIds) {
      if (started.contains(id + "/" + agent)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    reader.join(5_000);
    consumer.close(Duration.ofSeconds(5));
  }
}
