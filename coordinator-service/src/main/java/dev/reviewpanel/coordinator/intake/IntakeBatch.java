package dev.reviewpanel.coordinator.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What one poll's requests came to, applied to the index and the meters once committed. */
final class IntakeBatch {

  private final Map<Integer, Map<String, Long>> planned = new HashMap<>();
  private int accepted;
  private int duplicates;
  private int rejected;

  boolean planned(int partition, String reviewId) {
    return planned.getOrDefault(partition, Map.of()).containsKey(reviewId);
  }

  void accepted(int partition, String reviewId, long atMillis) {
    planned.computeIfAbsent(partition, p -> new HashMap<>()).put(reviewId, atMillis);
    accepted++;
  }

  void duplicate() {
    duplicates++;
  }

  void rejected() {
    rejected++;
  }

  /** After the transaction committed. */
  void committed(PlannedReviews index, RequestOutcomes outcomes, long nowMillis) {
    planned.forEach((partition, ids) -> index.planned(partition, ids, nowMillis));
    outcomes.accepted(accepted);
    outcomes.duplicate(duplicates);
    outcomes.rejected(rejected);
  }

  /** The offsets to commit: one past the last record of each partition. */
  static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
      List<? extends ConsumerRecord<?, ?>> records) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<?, ?> record : records) {
      offsets.merge(
          new TopicPartition(record.topic(), record.partition()),
          new OffsetAndMetadata(record.offset() + 1),
          (a, b) -> a.offset() >= b.offset() ? a : b);
    }
    return offsets;
  }

  /** The first offset of each partition, where to start again after an aborted transaction. */
  static Map<TopicPartition, Long> firstOffsets(List<? extends ConsumerRecord<?, ?>> records) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (ConsumerRecord<?, ?> record : records) {
      offsets.merge(
          new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
    }
    return offsets;
  }
}
