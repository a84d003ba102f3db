package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.SecretRedactor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Sends a task that failed on a worker thread where the container's error handler would have sent
 * it: the next retry topic with its back-off, or the dead-letter topic, through the same recoverer
 * the retry-topic machinery built. Until that send succeeds the record stays unfinished (so it is
 * never committed); the send is retried while this instance still owns the partition.
 */
final class FailedTaskForwarder {

  private static final Logger log = LoggerFactory.getLogger(FailedTaskForwarder.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  private final AtomicReference<DeadLetterPublishingRecoverer> recoverer = new AtomicReference<>();

  /** Called by the retry-topic machinery with each recoverer it creates; all route alike. */
  void use(DeadLetterPublishingRecoverer created) {
    recoverer.compareAndSet(null, created);
  }

  /**
   * Forwards {@code record}; returns true once sent, false when {@code stillOwned} turned false
   * first (the next owner of the partition will receive the record again).
   */
  boolean forward(
      ConsumerRecord<?, ?> record,
      RuntimeException failure,
      String group,
      BooleanSupplier stillOwned)
      throws InterruptedException {
    DeadLetterPublishingRecoverer target = recoverer.get();
    if (target == null) {
      throw new IllegalStateException("the retry topics are not configured yet");
    }
    // Wrapped as the container wraps listener exceptions, so the headers read the same.
    ListenerExecutionFailedException wrapped =
        new ListenerExecutionFailedException("Listener failed", group, failure);
    Duration pause = FIRST_PAUSE;
    while (stillOwned.getAsBoolean()) {
      try {
        target.accept(record, null, wrapped);
        return true;
      } catch (RuntimeException e) {
        log.warn(
            "Could not forward failed task record {}-{}@{}, retrying in {}: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            pause,
            SecretRedactor.redact(e.toString()));
        Thread.sleep(pause.toMillis());
        pause = pause.multipliedBy(2);
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
          pause = LONGEST_PAUSE;
        }
      }
    }
    return false;
  }
}
