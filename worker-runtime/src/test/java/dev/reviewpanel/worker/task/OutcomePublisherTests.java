package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Location;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

class OutcomePublisherTests {

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

  private final OutcomePublisher publisher =
      new OutcomePublisher(kafka, "bug", "bug-worker-h-1", 2);

  @Test
  void shouldPublishTheResultThenCappedFindingEventsThenCompletion() {
    when(kafka.send(anyString(), anyString(), any())).thenReturn(sent());
    AgentResult result = result(finding("a"), finding("b"), finding("c"));

    publisher.completed(result, 1, 0);

    ArgumentCaptor<Object> values = ArgumentCaptor.forClass(Object.class);
    verify(kafka).send(eq(Topics.REVIEW_RESULTS), eq("r1"), values.capture());
    assertThat(values.getValue()).isSameAs(result);
    List<ReviewEvent> events = events();
    assertThat(events)
        .extracting(ReviewEvent::type)
        .containsExactly(
            ReviewEvent.Type.FINDING, ReviewEvent.Type.FINDING, ReviewEvent.Type.AGENT_COMPLETED);
    assertThat(events.get(0).data()).containsEntry("ruleId", "a").containsEntry("line", 3);
    assertThat(events.get(0).data())
        .containsEntry("fingerprint", "fp-a")
        .containsEntry("taskId", "r1:bug:0");
    assertThat(events.get(1).data()).containsEntry("fingerprint", "fp-b");
    assertThat(events.get(2).data())
        .containsEntry("taskId", "r1:bug:0")
        .containsEntry("findings", 3)
        .containsEntry("findingEventsOmitted", 1)
        .containsEntry("skippedFiles", 1);
  }

  @Test
  void shouldFailWhenTheBrokerRefusesTheResultSoTheTaskIsRetried() {
    when(kafka.send(eq(Topics.REVIEW_RESULTS), anyString(), any()))
        .thenReturn(CompletableFuture.failedFuture(new KafkaException("not enough replicas")));

    assertThatThrownBy(() -> publisher.completed(result(), 0, 0))
        .isInstanceOf(KafkaException.class)
        .hasMessageContaining("r1:bug:0");
  }

  private List<ReviewEvent> events() {
    ArgumentCaptor<Object> values = ArgumentCaptor.forClass(Object.class);
    verify(kafka, atLeastOnce()).send(eq(Topics.REVIEW_EVENTS), eq("r1"), values.capture());
    List<ReviewEvent> events = new ArrayList<>();
    values.getAllValues().forEach(v -> events.add((ReviewEvent) v));
    return events;
  }

  private static CompletableFuture<SendResult<String, Object>> sent() {
    return CompletableFuture.completedFuture(null);
  }

  private static AgentResult result(Finding... findings) {
    return new AgentResult(
        1,
        null,
        "r1",
        "r1:bug:0",
        "bug",
        AgentResult.Status.COMPLETED,
        List.of(findings),
        null,
        null,
        "bug-worker-h-1");
  }

  private static Finding finding(String ruleId) {
    return new Finding(
        "fp-" + ruleId,
        "bug",
        ruleId,
        "c",
        null,
        Severity.HIGH,
        null,
        "title",
        "message",
        "fix",
        Location.line("A.java", 3),
        "x",
        null);
  }
}
