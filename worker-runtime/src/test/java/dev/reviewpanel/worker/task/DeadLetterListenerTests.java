package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DeadLetterListenerTests {

  private final OutcomePublisher publisher = mock(OutcomePublisher.class);
  private final DeadLetterListener listener =
      new DeadLetterListener(
          publisher, new WorkerMetrics(new SimpleMeterRegistry(), "bug"), "bug", "bug-worker-1");

  @Test
  void shouldPublishAFailedResultForADeadLetterThatNamesItsTask() {
    ConsumerRecord<String, byte[]> record = deadLetter("not json");
    record.headers().add(Topics.REVIEW_ID_HEADER, bytes("r-1"));
    record.headers().add(Topics.TASK_ID_HEADER, bytes("r-1:bug:0"));

    listener.onDeadLetter(record);

    ArgumentCaptor<AgentResult> result = ArgumentCaptor.forClass(AgentResult.class);
    verify(publisher).failed(result.capture());
    assertThat(result.getValue().taskId()).isEqualTo("r-1:bug:0");
    assertThat(result.getValue().status()).isEqualTo(AgentResult.Status.FAILED);
  }

  @Test
  void shouldPublishNothingForADeadLetterWithoutATaskId() {
    listener.onDeadLetter(deadLetter("not json"));

    verify(publisher, never()).failed(any());
  }

  private static ConsumerRecord<String, byte[]> deadLetter(String value) {
    return new ConsumerRecord<>(
        Topics.deadLetter(Topics.tasks("bug")), 0, 0L, "some-key", bytes(value));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
