package dev.reviewpanel.local.chaos;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Every report on {@code review-reports} from the beginning, committed records only: per review how
 * many final reports it got (summary revisions apart), the first one's status and when this reader
 * saw it. Survives a broker restart: the consumer reconnects by itself.
 */
final class ReportLedger implements AutoCloseable {

  /** The reports of one review. */
  static final class Entry {
    volatile int reports;
    volatile ReviewReport.Status status;
    volatile long seenMillis;
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread reader;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean running = true;

  ReportLedger(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG,
                "chaos-reports-" + UUID.randomUUID()),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.REVIEW_REPORTS, Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    reader = new Thread(this::read, "chaos-report-ledger");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    while (running) {
      try {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.key() == null
              || record.value() == null
              || record.headers().lastHeader(Topics.REPORT_REVISION_HEADER) != null) {
            continue;
          }
          Entry entry = entries.computeIfAbsent(record.key(), k -> new Entry());
          synchronized (entry) {
            if (entry.reports++ == 0) {
              entry.seenMillis = System.currentTimeMillis();
              entry.status = status(record.value());
            }
          }
        }
      } catch (WakeupException e) {
        return;
      } catch (KafkaException e) {
        // the broker restarting: poll again
      }
    }
  }

  private static ReviewReport.Status status(byte[] value) {
    try {
      return EventJson.mapper().readValue(value, ReviewReport.class).status();
    } catch (RuntimeException e) {
      return null;
    }
  }

  Entry entry(String reviewId) {
    return entries.get(reviewId);
  }

  /** Reviews among {@code ids} without a report yet. */
  List<String> missing(Iterable<String> ids) {
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      if (!entries.containsKey(id)) {
        missing.add(id);
      }
    }
    return missing;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    reader.join(5_000);
    consumer.close(Duration.ofSeconds(5));
  }
}
