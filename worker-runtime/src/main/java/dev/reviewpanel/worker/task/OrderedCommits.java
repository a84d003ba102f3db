package dev.reviewpanel.worker.task;

import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;

/**
 * Hooks the {@link OffsetLedger} into the task listener containers, whose own commits are off
 * (manual acknowledgment, never given): before every poll it commits what finished in order; on
 * revocation or shutdown it lets in-flight tasks finish for a bounded time first; and it learns of
 * records the error handler forwarded on the consumer thread (unreadable or invalid tasks).
 */
final class OrderedCommits
    implements RecordInterceptor<Object, Object>, ConsumerAwareRebalanceListener, RetryListener {

  private final OffsetLedger ledger;
  private final Duration drainTimeout;
  private final AssignmentReadiness readiness;

  OrderedCommits(OffsetLedger ledger, Duration drainTimeout) {
    this(ledger, drainTimeout, new AssignmentReadiness());
  }

  OrderedCommits(OffsetLedger ledger, Duration drainTimeout, AssignmentReadiness readiness) {
    this.ledger = ledger;
    this.drainTimeout = drainTimeout;
    this.readiness = readiness;
  }

  /** Runs on the consumer thread before each poll, paused or not. */
  @Override
  public void setupThreadState(Consumer<?, ?> consumer) {
    ledger.commit(consumer, consumer.assignment());
  }

  @Override
  public ConsumerRecord<Object, Object> intercept(
      ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
    return record;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    ledger.assigned(partitions);
    readiness.assigned(consumer, partitions);
  }

  @Override
  public void onPartitionsRevokedBeforeCommit(
      Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    ledger.revoked(consumer, partitions, drainTimeout);
    readiness.revoked(consumer, partitions);
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    ledger.lost(partitions);
    readiness.lost(consumer);
  }

  @Override
  public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
    // Only recovery matters here: a record not recovered is seeked back and delivered again.
  }

  /** The error handler forwarded {@code record} to a retry topic or the DLT: it is done. */
  @Override
  public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
    ledger.handledInPlace(record);
  }
}
