package dev.reviewpanel.local.load;

import dev.reviewpanel.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code review-reports} from its end as the load starts, committed records only, and keeps
 * for each review the timestamps of its reports (the time synthesis emitted them) and how many
 * summary revisions followed. Latency is read off these timestamps, never by polling the API; when
 * each became visible (committed, read here) is kept beside it.
 */
final class ReportWatch implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread reader;
  private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder records = new LongAdder();
  private volatile boolean running = true;

  /** First report's timestamp, report count and revisions of one review. */
  static final class Arrival {
    volatile long firstMillis;
    volatile long seenMillis;
    final AtomicInteger reports = new AtomicInteger();
    final AtomicInteger revisions = new AtomicInteger();
  }

  ReportWatch(String bootstrapServers) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG,
                "load-reports-" + UUID.randomUUID()),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.REVIEW_REPORTS, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // positions resolved now, so nothing emitted after this point is missed
    partitions.forEach(consumer::position);
    reader = new Thread(this::read, "load-report-watch");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          if (record.key() == null || record.value() == null) {
            continue;
          }
          Arrival arrival = arrivals.computeIfAbsent(record.key(), k -> new Arrival());
          if (record.headers().lastHeader(Topics.REPORT_REVISION_HEADER) != null) {
            arrival.revisions.incrementAndGet();
          } else if (arrival.reports.getAndIncrement() == 0) {
            arrival.firstMillis = record.timestamp();
            arrival.seenMillis = System.currentTimeMillis();
            bytes.add(record.value().length);
            records.increment();
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    }
  }

  Arrival arrival(String reviewId) {
    return arrivals.get(reviewId);
  }

  /** Mean size of a report record, for the floor's last hop. */
  int meanReportBytes() {
    long count = records.sum();
    return count == 0 ? 8 * 1024 : (int) (bytes.sum() / count);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    reader.join(5_000);
    consumer.close();
  }
}
