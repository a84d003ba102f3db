package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.SecretRedactor;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaUtils;

/**
 * The in-flight window of one worker instance: up to {@code maxInFlight} tasks run at once on
 * worker threads, whatever partitions they come from. At the limit the task containers pause, and
 * resume once a few slots are free again; a record already polled waits on the consumer thread for
 * a slot. A task is finished (committable) once analyzed, or once its failure was forwarded to a
 * retry topic or the dead-letter topic.
 */
final class InFlightTasks implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(InFlightTasks.class);

  private final int maxInFlight;
  private final int resumeAt;
  private final Semaphore slots;
  private final ThreadPoolExecutor workers;
  private final OffsetLedger ledger;
  private final FailedTaskForwarder forwarder;
  private final TaskIntake intake;
  private final Duration drainTimeout;
  private boolean paused;

  InFlightTasks(
      String agent,
      int maxInFlight,
      Duration drainTimeout,
      OffsetLedger ledger,
      FailedTaskForwarder forwarder,
      TaskIntake intake) {
    this.maxInFlight = maxInFlight;
    // Resume with a few slots free, so one poll's records rarely have to wait for a slot.
    this.resumeAt = Math.max(1, maxInFlight / 8);
    this.slots = new Semaphore(maxInFlight);
    this.ledger = ledger;
    this.forwarder = forwarder;
    this.intake = intake;
    this.drainTimeout = drainTimeout;
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            maxInFlight,
            maxInFlight,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            work -> {
              Thread thread = new Thread(work, agent + "-task-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    workers.allowCoreThreadTimeOut(true);
  }

  /** Work on one record, told whether the record's partition is still this instance's. */
  interface OwnedWork {
    void run(BooleanSupplier partitionOwned);
  }

  /** On the consumer thread: takes a slot, waiting for one if need be, and starts {@code work}. */
  void submit(ConsumerRecord<?, ?> record, Runnable work) {
    submit(record, owned -> work.run());
  }

  /** As {@link #submit(ConsumerRecord, Runnable)}, for work that asks whether it still owns. */
  void submit(ConsumerRecord<?, ?> record, OwnedWork work) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a free task slot", e);
    }
    updateIntake();
    String group = KafkaUtils.getConsumerGroupId();
    PartitionProgress progress = ledger.started(record);
    try {
      workers.execute(() -> run(record, work, group, progress));
    } catch (RejectedExecutionException e) {
      // Shutting down: the record stays unfinished, so it is not committed and comes again.
      release();
      throw e;
    }
  }

  /** Tasks running now. */
  int inFlight() {
    return maxInFlight - slots.availablePermits();
  }

  private void run(
      ConsumerRecord<?, ?> record, OwnedWork work, String group, PartitionProgress progress) {
    try {
      work.run(progress::isOpen);
      progress.finished(record.offset());
    } catch (RuntimeException | StackOverflowError e) {
      RuntimeException failure =
          e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      forward(record, failure, group, progress);
    } finally {
      release();
    }
  }

  private void forward(
      ConsumerRecord<?, ?> record,
      RuntimeException failure,
      String group,
      PartitionProgress progress) {
    try {
      if (forwarder.forward(record, failure, group, progress::isOpen)) {
        progress.finished(record.offset());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error(
          "Failed task record {}-{}@{} was not forwarded; it stays uncommitted: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          SecretRedactor.redact(e.toString()));
    }
  }

  private void release() {
    slots.release();
    updateIntake();
  }

  private synchronized void updateIntake() {
    int free = slots.availablePermits();
    if (!paused && free == 0) {
      paused = true;
      intake.pause();
    } else if (paused && free >= resumeAt) {
      paused = false;
      intake.resume();
    }
  }

  /** After the containers stopped: lets stragglers finish (their offsets are not committed). */
  @Override
  public void close() throws InterruptedException {
    workers.shutdown();
    if (!workers.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warn("{} task(s) still running at shutdown; they will be redelivered", inFlight());
      workers.shutdownNow();
    }
  }
}
