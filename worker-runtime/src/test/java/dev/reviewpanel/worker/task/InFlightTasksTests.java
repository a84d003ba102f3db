package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class InFlightTasksTests {

  private static final String TOPIC = "review-tasks-security";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

  private final OffsetLedger ledger = new OffsetLedger();
  private final FailedTaskForwarder forwarder = new FailedTaskForwarder();
  private final CountingIntake intake = new CountingIntake();
  private final CountDownLatch gate = new CountDownLatch(1);
  private InFlightTasks inFlight;

  @AfterEach
  void stop() throws InterruptedException {
    gate.countDown();
    inFlight.close();
  }

  @Test
  void shouldPauseIntakeWhenTheWindowIsFullAndResumeWhenSlotsFree() throws Exception {
    inFlight = window(2);
    inFlight.submit(record(0), this::waitForGate);
    assertThat(intake.pauses).hasValue(0);
    inFlight.submit(record(1), this::waitForGate);
    assertThat(intake.pauses).hasValue(1);

    Thread third = new Thread(() -> inFlight.submit(record(2), () -> {}));
    third.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> third.getState() == Thread.State.WAITING);
    assertThat(inFlight.inFlight()).isEqualTo(2);

    gate.countDown();
    third.join(10_000);
    await().atMost(Duration.ofSeconds(10)).until(() -> inFlight.inFlight() == 0);
    assertThat(intake.resumes).hasPositiveValue();
    assertThat(ledger.progressOf(PARTITION).nextCommit()).hasValue(3);
  }

  @Test
  void shouldCommitOnlyUpToTheFirstUnfinishedTask() {
    inFlight = window(8);
    inFlight.submit(record(0), () -> {});
    inFlight.submit(record(1), this::waitForGate);
    inFlight.submit(record(2), () -> {});
    inFlight.submit(record(3), () -> {});

    await().atMost(Duration.ofSeconds(10)).until(() -> inFlight.inFlight() == 1);
    assertThat(ledger.progressOf(PARTITION).nextCommit()).hasValue(1);

    gate.countDown();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(ledger.progressOf(PARTITION).nextCommit()).hasValue(4));
  }

  @Test
  void shouldForwardAFailedTaskAndFinishItOnlyOnceForwarded() {
    DeadLetterPublishingRecoverer recoverer = mock(DeadLetterPublishingRecoverer.class);
    doThrow(new KafkaException("broker unavailable"))
        .doNothing()
        .when(recoverer)
        .accept(any(), isNull(), any());
    forwarder.use(recoverer);
    inFlight = window(4);
    ConsumerRecord<String, String> failing = record(0);

    inFlight.submit(
        failing,
        () -> {
          throw new IllegalStateException("model timed out");
        });

    verify(recoverer, timeout(10_000).times(2))
        .accept(eq(failing), isNull(), any(ListenerExecutionFailedException.class));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(ledger.progressOf(PARTITION).nextCommit()).hasValue(1));
    verify(recoverer, times(2)).accept(any(), isNull(), any());
  }

  @Test
  void shouldLeaveAFailedTaskUncommittedWhenThePartitionIsGivenUpBeforeItIsForwarded() {
    DeadLetterPublishingRecoverer recoverer = mock(DeadLetterPublishingRecoverer.class);
    doThrow(new KafkaException("broker unavailable"))
        .when(recoverer)
        .accept(any(), isNull(), any());
    forwarder.use(recoverer);
    inFlight = window(4);
    inFlight.submit(
        record(0),
        () -> {
          throw new IllegalStateException("model timed out");
        });
    // it may be retried before this looks: at least once, not exactly once
    verify(recoverer, timeout(10_000).atLeastOnce()).accept(any(), isNull(), any());

    PartitionProgress given = ledger.progressOf(PARTITION);
    ledger.lost(List.of(PARTITION));

    await().atMost(Duration.ofSeconds(20)).until(() -> inFlight.inFlight() == 0);
    assertThat(given.nextCommit()).isEmpty();
  }

  private InFlightTasks window(int size) {
    return new InFlightTasks("security", size, Duration.ofSeconds(5), ledger, forwarder, intake);
  }

  private void waitForGate() {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ConsumerRecord<String, String> record(long offset) {
    return new ConsumerRecord<>(TOPIC, 0, offset, "r1", "task");
  }

  /** Counts what the window asks of the containers. */
  private static final class CountingIntake extends TaskIntake {

    final AtomicInteger pauses = new AtomicInteger();
    final AtomicInteger resumes = new AtomicInteger();

    CountingIntake() {
      super(
          new StaticListableBeanFactory().getBeanProvider(KafkaListenerEndpointRegistry.class),
          "security-worker");
    }

    @Override
    void pause() {
      pauses.incrementAndGet();
    }

    @Override
    void resume() {
      resumes.incrementAndGet();
    }
  }
}
