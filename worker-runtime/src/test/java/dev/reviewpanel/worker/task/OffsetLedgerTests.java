package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;

class OffsetLedgerTests {

  private static final String TOPIC = "review-tasks-bug";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

  private final OffsetLedger ledger = new OffsetLedger();

  @SuppressWarnings("unchecked")
  private final Consumer<String, String> consumer = mock(Consumer.class);

  @Test
  void shouldCommitEachOwnedPartitionUpToItsFirstUnfinishedTask() {
    ledger.assigned(List.of(P0, P1));
    PartitionProgress p0 = ledger.started(record(0, 4));
    ledger.started(record(0, 5)).finished(5);
    ledger.started(record(1, 9)).finished(9);

    ledger.commit(consumer, List.of(P0, P1));

    verify(consumer)
        .commitSync(
            eq(Map.of(P0, new OffsetAndMetadata(4), P1, new OffsetAndMetadata(10))), timeout());
    p0.finished(4);
    ledger.commit(consumer, List.of(P0, P1));
    verify(consumer).commitSync(eq(Map.of(P0, new OffsetAndMetadata(6))), timeout());
  }

  @Test
  void shouldCommitWhatFinishedWithinTheDrainTimeoutOnRevocationAndForgetTheRest() {
    ledger.assigned(List.of(P0));
    ledger.started(record(0, 0)).finished(0);
    PartitionProgress stuck = ledger.started(record(0, 1));
    ledger.started(record(0, 2)).finished(2);

    ledger.revoked(consumer, List.of(P0), Duration.ofMillis(50));

    verify(consumer).commitSync(eq(Map.of(P0, new OffsetAndMetadata(1))), timeout());
    assertThat(stuck.isOpen()).isFalse();
    assertThat(ledger.progressOf(P0)).isNull();
  }

  @Test
  void shouldWaitForInFlightTasksOfRevokedPartitions() {
    ledger.assigned(List.of(P0));
    PartitionProgress running = ledger.started(record(0, 7));
    Thread finisher = new Thread(() -> running.finished(7));
    finisher.start();

    ledger.revoked(consumer, List.of(P0), Duration.ofSeconds(30));

    verify(consumer).commitSync(eq(Map.of(P0, new OffsetAndMetadata(8))), timeout());
  }

  @Test
  void shouldRetryACommitCutShortByAWakeup() {
    ledger.assigned(List.of(P0));
    ledger.started(record(0, 0)).finished(0);
    doThrow(new WakeupException())
        .doNothing()
        .when(consumer)
        .commitSync(anyMap(), any(Duration.class));

    ledger.commit(consumer, List.of(P0));

    assertThat(ledger.progressOf(P0).nextCommit()).isEmpty();
    verify(consumer, org.mockito.Mockito.times(2))
        .commitSync(eq(Map.of(P0, new OffsetAndMetadata(1))), timeout());
  }

  @Test
  void shouldNotCommitLostPartitions() {
    ledger.assigned(List.of(P0));
    ledger.started(record(0, 0)).finished(0);

    ledger.lost(List.of(P0));
    ledger.commit(consumer, List.of(P0));

    verify(consumer, never()).commitSync(anyMap(), any(Duration.class));
  }

  private static Duration timeout() {
    return any(Duration.class);
  }

  private static ConsumerRecord<String, String> record(int partition, long offset) {
    return new ConsumerRecord<>(TOPIC, partition, offset, "r", "task");
  }
}
