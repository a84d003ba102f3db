package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Keeps {@link PlannedReviews} in step with the partitions this instance owns: on assignment it
 * reads back, from {@code review-plans}, the ids planned within the window whose requests belong to
 * the newly assigned partitions (committed plans only), before any of their requests is taken.
 */
final class PlanHistory implements ConsumerAwareRebalanceListener {

  private static final Logger log = LoggerFactory.getLogger(PlanHistory.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaProperties kafka;
  private final PlannedReviews planned;
  private final Clock clock;

  PlanHistory(KafkaProperties kafka, PlannedReviews planned, Clock clock) {
    this.kafka = kafka;
    this.planned = planned;
    this.clock = clock;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    Set<Integer> assigned =
        partitions.stream()
            .filter(p -> p.topic().equals(Topics.REVIEW_REQUESTS))
            .map(TopicPartition::partition)
            .filter(p -> !planned.partitions().contains(p))
            .collect(Collectors.toSet());
    if (assigned.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    int requestPartitions = consumer.partitionsFor(Topics.REVIEW_REQUESTS).size();
    Map<Integer, Map<String, Long>> history = read(assigned, requestPartitions);
    assigned.forEach(p -> planned.assigned(p, history.getOrDefault(p, Map.of())));
    log.info(
        "Intake partitions {}: {} reviews planned in the last {} read back in {} ms",
        assigned,
        history.values().stream().mapToInt(Map::size).sum(),
        planned.window(),
        (System.nanoTime() - started) / 1_000_000);
  }

  @Override
  public void onPartitionsRevokedAfterCommit(
      Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    planned.revoked(partitions.stream().map(TopicPartition::partition).toList());
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    planned.revoked(partitions.stream().map(TopicPartition::partition).toList());
  }

  private Map<Integer, Map<String, Long>> read(Set<Integer> assigned, int requestPartitions) {
    Map<Integer, Map<String, Long>> history = new HashMap<>();
    try (KafkaConsumer<String, byte[]> reader = reader()) {
      List<PartitionInfo> infos = reader.partitionsFor(Topics.REVIEW_PLANS);
      // same partition count: a key lands on the same partition number in both topics
      boolean aligned = infos.size() == requestPartitions;
      List<TopicPartition> plans =
          infos.stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .filter(tp -> !aligned || assigned.contains(tp.partition()))
              .toList();
      long since = clock.millis() - planned.window().toMillis();
      Map<TopicPartition, Long> times = new LinkedHashMap<>();
      plans.forEach(tp -> times.put(tp, since));
      // assigned first, so the read_committed end offsets (last stable offsets) are kept
      reader.assign(plans);
      Map<TopicPartition, OffsetAndTimestamp> starts = reader.offsetsForTimes(times);
      Map<TopicPartition, Long> ends = reader.endOffsets(plans);
      List<TopicPartition> toRead =
          plans.stream().filter(tp -> starts.get(tp) != null && ends.get(tp) > 0).toList();
      plans.stream()
          .filter(tp -> !toRead.contains(tp))
          .forEach(tp -> reader.seek(tp, ends.get(tp)));
      toRead.forEach(tp -> reader.seek(tp, starts.get(tp).offset()));
      while (toRead.stream().anyMatch(tp -> reader.position(tp) < ends.get(tp))) {
        for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
          if (record.key() != null) {
            int partition = partition(record.key(), requestPartitions);
            if (assigned.contains(partition)) {
              history
                  .computeIfAbsent(partition, p -> new HashMap<>())
                  .put(record.key(), record.timestamp());
            }
          }
        }
      }
    }
    return history;
  }

  /** The partition Kafka's default partitioner gives {@code key}. */
  static int partition(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private KafkaConsumer<String, byte[]> reader() {
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "coordinator-plan-history");
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
