package dev.reviewpanel.worker.task;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of every partition this instance owns, over the task topic and its retry topics, and
 * the commits that follow from it. Commits run on the consumer thread that owns the partition, as
 * Kafka requires; worker threads only mark records finished.
 */
final class OffsetLedger {

  private static final Logger log = LoggerFactory.getLogger(OffsetLedger.class);
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

  private final Map<TopicPartition, PartitionProgress> partitions = new ConcurrentHashMap<>();

  /** Starts tracking {@code record}; the returned progress is the one to mark it finished in. */
  PartitionProgress started(ConsumerRecord<?, ?> record) {
    PartitionProgress progress =
        partitions.computeIfAbsent(partition(record), tp -> new PartitionProgress());
    progress.started(record.offset());
    return progress;
  }

  /** A record the error handler forwarded on the consumer thread, never started. */
  void handledInPlace(ConsumerRecord<?, ?> record) {
    partitions
        .computeIfAbsent(partition(record), tp -> new PartitionProgress())
        .handledInPlace(record.offset());
  }

  /** Fresh progress for newly assigned partitions: they restart at their committed offsets. */
  void assigned(Collection<TopicPartition> assigned) {
    assigned.forEach(tp -> close(partitions.put(tp, new PartitionProgress())));
  }

  /**
   * Gives up {@code revoked}: waits up to {@code timeout} for their in-flight records, commits what
   * finished, and forgets the rest, which the next owner will receive again.
   */
  void revoked(Consumer<?, ?> consumer, Collection<TopicPartition> revoked, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      for (TopicPartition tp : revoked) {
        PartitionProgress progress = partitions.get(tp);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        if (progress != null && !progress.awaitDrained(left)) {
          log.warn(
              "{} task(s) of {} still running after {}: not committed, they will be redelivered",
              progress.inFlight(),
              tp,
              timeout);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commit(consumer, revoked);
    lost(revoked);
  }

  /** Forgets {@code lost} partitions without committing: another member owns them already. */
  void lost(Collection<TopicPartition> lost) {
    lost.forEach(tp -> close(partitions.remove(tp)));
  }

  /** Commits every owned partition whose position moved; failures are retried next time. */
  void commit(Consumer<?, ?> consumer, Collection<TopicPartition> owned) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    Map<TopicPartition, PartitionProgress> moved = new HashMap<>();
    for (TopicPartition tp : owned) {
      PartitionProgress progress = partitions.get(tp);
      if (progress != null) {
        progress
            .nextCommit()
            .ifPresent(
                position -> {
                  offsets.put(tp, new OffsetAndMetadata(position));
                  moved.put(tp, progress);
                });
      }
    }
    if (offsets.isEmpty()) {
      return;
    }
    try {
      commitSync(consumer, offsets);
      offsets.forEach((tp, offset) -> moved.get(tp).committed(offset.offset()));
    } catch (KafkaException e) {
      log.info("Commit of {} failed, retrying at the next poll: {}", offsets, e.toString());
    }
  }

  // Pausing or resuming the containers wakes the consumer up, which can cut a commit short.
  private static void commitSync(
      Consumer<?, ?> consumer, Map<TopicPartition, OffsetAndMetadata> offsets) {
    try {
      consumer.commitSync(offsets, COMMIT_TIMEOUT);
    } catch (WakeupException e) {
      consumer.commitSync(offsets, COMMIT_TIMEOUT);
    }
  }

  /** The progress of an owned partition, or null. */
  PartitionProgress progressOf(TopicPartition partition) {
    return partitions.get(partition);
  }

  private static void close(PartitionProgress progress) {
    if (progress != null) {
      progress.close();
    }
  }

  private static TopicPartition partition(ConsumerRecord<?, ?> record) {
    return new TopicPartition(record.topic(), record.partition());
  }
}
