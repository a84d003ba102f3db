package dev.reviewpanel.coordinator.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.ReviewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseSubscriptionTests {

  private final RecordingEmitter emitter = new RecordingEmitter();
  private final SseSubscription subscription = new SseSubscription(emitter);

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

  private static ReviewEvent event(ReviewEvent.Type type) {
    return ReviewEvent.of("r1", type, null, Map.of());
  }

  /** Captures what would be written to the client. */
  static final class RecordingEmitter extends SseEmitter {

    final List<String> names = new ArrayList<>();
    boolean completed;

    @Override
    public void send(SseEventBuilder builder) {
      Set<DataWithMediaType> parts = builder.build();
      String text = parts.iterator().next().getData().toString();
      names.add(text.substring("event:".length(), text.indexOf('\n')));
    }

    @Override
    public synchronized void complete() {
      completed = true;
    }
  }
}
