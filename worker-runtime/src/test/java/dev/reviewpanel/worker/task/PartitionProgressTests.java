package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PartitionProgressTests {

  private final PartitionProgress progress = new PartitionProgress();

  @Test
  void shouldNeverCommitPastAnUnfinishedRecord() {
    for (long offset = 10; offset <= 14; offset++) {
      progress.started(offset);
    }
    progress.finished(11);
    progress.finished(13);
    progress.finished(14);

    assertThat(progress.nextCommit()).hasValue(10);

    progress.finished(10);
    assertThat(progress.nextCommit()).hasValue(12);

    progress.finished(12);
    assertThat(progress.nextCommit()).hasValue(15);
  }

  @Test
  void shouldNotRepeatACommitAlreadyMade() {
    progress.started(0);
    progress.finished(0);
    progress.committed(progress.nextCommit().orElseThrow());

    assertThat(progress.nextCommit()).isEmpty();
  }

  @Test
  void shouldPassOffsetsTheConsumerNeverHandedOver() {
    // 3 and 4 were a transaction marker and an aborted record: never delivered.
    progress.started(2);
    progress.started(5);
    progress.finished(2);
    progress.finished(5);

    assertThat(progress.nextCommit()).hasValue(6);
  }

  @Test
  void shouldCountRecordsTheErrorHandlerForwardedInPlace() {
    progress.started(7);
    progress.handledInPlace(8);
    assertThat(progress.nextCommit()).hasValue(7);

    progress.handledInPlace(7); // still in flight: not the error handler's to finish
    assertThat(progress.nextCommit()).hasValue(7);

    progress.finished(7);
    assertThat(progress.nextCommit()).hasValue(9);
  }

  @Test
  void shouldIgnoreCompletionsAfterThePartitionWasGivenUp() {
    progress.started(3);
    progress.close();
    progress.finished(3);

    assertThat(progress.isOpen()).isFalse();
    assertThat(progress.nextCommit()).isEmpty();
  }

  @Test
  void shouldReportWhetherInFlightRecordsDrainedInTime() throws InterruptedException {
    progress.started(1);
    assertThat(progress.awaitDrained(Duration.ofMillis(20))).isFalse();

    Thread finisher = new Thread(() -> progress.finished(1));
    finisher.start();
    assertThat(progress.awaitDrained(Duration.ofSeconds(30))).isTrue();
    finisher.join();
  }
}
