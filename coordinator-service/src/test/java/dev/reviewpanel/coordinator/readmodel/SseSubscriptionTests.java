package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.reviewpanel.events.ReviewEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseSubscriptionTests {

  private static final Pattern NUMBER = Pattern.compile("\"n\":(\\d+)");

  private final RecordingEmitter emitter = new RecordingEmitter();
  private final SseSubscription<ReviewEvent> subscription =
      new SseSubscription<>(emitter, Runnable::run, 8, SseFormat.REVIEW_EVENTS);
  private final ExecutorService writers = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopWriters() {
    emitter.gate.countDown();
    writers.shutdownNow();
  }

  @Test
  void shouldHoldLiveEventsBackUntilTheReplayIsWritten() {
    subscription.onEvent(event(ReviewEvent.Type.AGENT_STARTED));

    subscription.replay(
        List.of(event(ReviewEvent.Type.ACCEPTED), event(ReviewEvent.Type.PLANNED)), false);
    subscription.onEvent(event(ReviewEvent.Type.AGENT_COMPLETED));

    assertThat(emitter.names)
        .containsExactly("ACCEPTED", "PLANNED", "AGENT_STARTED", "AGENT_COMPLETED");
    assertThat(emitter.completed).isFalse();
  }

  @Test
  void shouldCompleteAfterReportReadyAndSendNothingMore() {
    subscription.replay(List.of(event(ReviewEvent.Type.ACCEPTED)), false);

    subscription.onEvent(event(ReviewEvent.Type.REPORT_READY));
    subscription.onEvent(event(ReviewEvent.Type.FINDING));

    assertThat(emitter.names).containsExactly("ACCEPTED", "REPORT_READY");
    assertThat(emitter.completed).isTrue();
  }

  @Test
  void shouldCompleteAfterTheReplayOfAFinishedReview() {
    subscription.replay(List.of(event(ReviewEvent.Type.ACCEPTED)), true);

    assertThat(emitter.completed).isTrue();
  }

  @Test
  void shouldNeverBlockTheCallerOnASlowClientAndCutItOffWhenItFallsBehind() {
    RecordingEmitter slow = new RecordingEmitter(new CountDownLatch(1));
    SseSubscription<ReviewEvent> stream =
        new SseSubscription<>(slow, writers, 4, SseFormat.REVIEW_EVENTS);
    stream.replay(List.of(event(ReviewEvent.Type.ACCEPTED)), false);
    await().atMost(Duration.ofSeconds(5)).until(() -> slow.names.size() == 1);

    // the writer is stuck on the client; the listener thread must still get through at once
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> IntStream.range(0, 10).forEach(i -> stream.onEvent(numbered(i))));
    slow.gate.countDown();

    await().atMost(Duration.ofSeconds(5)).until(() -> slow.failure != null);
    assertThat(slow.failure).hasMessageContaining("4 events behind");
    assertThat(slow.names).containsExactly("ACCEPTED");
    assertThat(slow.completed).isFalse();
  }

  @Test
  void shouldKeepReplayThenLiveOrderWhenWrittenOnOtherThreads() {
    SseSubscription<ReviewEvent> stream =
        new SseSubscription<>(emitter, writers, 1000, SseFormat.REVIEW_EVENTS);
    stream.onEvent(numbered(50));

    stream.replay(IntStream.range(0, 50).mapToObj(SseSubscriptionTests::numbered).toList(), false);
    IntStream.range(51, 300).forEach(i -> stream.onEvent(numbered(i)));
    stream.onEvent(ReviewEvent.of("r1", ReviewEvent.Type.REPORT_READY, null, Map.of("n", 300)));
    stream.onEvent(numbered(301));

    await().atMost(Duration.ofSeconds(5)).until(() -> emitter.completed);
    assertThat(emitter.numbers).isEqualTo(IntStream.rangeClosed(0, 300).boxed().toList());
    assertThat(emitter.names).last().isEqualTo("REPORT_READY");
  }

  private static ReviewEvent event(ReviewEvent.Type type) {
    return ReviewEvent.of("r1", type, null, Map.of());
  }

  private static ReviewEvent numbered(int n) {
    return ReviewEvent.of("r1", ReviewEvent.Type.FINDING, "bug", Map.of("n", n));
  }

  /** Captures what would be written to the client; optionally stalls like a slow one. */
  static final class RecordingEmitter extends SseEmitter {

    final List<String> names = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch gate;
    volatile boolean completed;
    volatile Throwable failure;

    RecordingEmitter() {
      this(new CountDownLatch(0));
    }

    RecordingEmitter(CountDownLatch gate) {
      this.gate = gate;
    }

    @Override
    public void send(SseEventBuilder builder) {
      Set<DataWithMediaType> parts = builder.build();
      String text =
          parts.stream().map(part -> part.getData().toString()).reduce("", String::concat);
      names.add(text.substring("event:".length(), text.indexOf('\n')));
      Matcher number = NUMBER.matcher(text);
      if (number.find()) {
        numbers.add(Integer.parseInt(number.group(1)));
      }
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void complete() {
      completed = true;
    }

    @Override
    public void completeWithError(Throwable error) {
      failure = error;
    }
  }
}
