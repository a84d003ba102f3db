package dev.reviewpanel.coordinator.backpressure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeGateTests {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void shouldAdmitWhileTheBacklogIsBelowItsBoundAndRefuseAtIt() {
    Backlog backlog = new Backlog(properties(3, 10, 0), Clock.systemUTC(), meters);
    IntakeGate gate = new IntakeGate(properties(3, 10, 0), backlog, meters);
    backlog.enqueued("a");
    backlog.accepted("b");
    gate.admit("k").close();

    backlog.enqueued("c");

    assertThatThrownBy(() -> gate.admit("k"))
        .isInstanceOfSatisfying(
            BackpressureException.class,
            e -> {
              assertThat(e.code()).isEqualTo("backlog_full");
              assertThat(e.retryAfterSeconds()).isEqualTo(2);
            });
    assertThat(meters.get("review.backlog").gauge().value()).isEqualTo(3);
    backlog.finished("b");
    gate.admit("k").close();
  }

  @Test
  void shouldRefuseWhenTheIntakeQueueIsFullUntilAPlaceIsGivenBack() {
    IntakeGate gate =
        new IntakeGate(
            properties(100, 2, 0),
            new Backlog(properties(100, 2, 0), Clock.systemUTC(), meters),
            meters);
    IntakeGate.Pass first = gate.admit(null);
    gate.admit(null);

    assertThatThrownBy(() -> gate.admit(null))
        .isInstanceOfSatisfying(
            BackpressureException.class, e -> assertThat(e.code()).isEqualTo("intake_busy"));
    first.close();
    assertThat(gate.admit(null)).isNotNull();
  }

  @Test
  void shouldLimitEachKeyToItsOwnBucket() {
    IntakeGate gate =
        new IntakeGate(
            properties(100, 100, 1),
            new Backlog(properties(100, 100, 1), Clock.systemUTC(), meters),
            meters);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      try {
        gate.admit("key-0").close();
        outcomes.add("ok");
      } catch (BackpressureException e) {
        outcomes.add(e.code());
      }
    }

    // a burst of 3, then the bucket is empty for about a second
    assertThat(outcomes).containsExactly("ok", "ok", "ok", "rate_limited");
    gate.admit("key-1").close();
  }

  @Test
  void shouldCloseABacklogEntryOnceForAnAcceptedThenReportedReview() {
    Backlog backlog = new Backlog(properties(10, 10, 0), Clock.systemUTC(), meters);
    backlog.finished("a");
    backlog.accepted("a");
    backlog.enqueued("b");
    backlog.accepted("b");
    backlog.accepted("b");

    assertThat(backlog.size()).isEqualTo(1);
    assertThat(backlog.open()).isEqualTo(1);
  }

  private static BackpressureProperties properties(int backlog, int pending, double rate) {
    return new BackpressureProperties(
        backlog,
        pending,
        Duration.ofMillis(1500),
        Duration.ofMinutes(35),
        new BackpressureProperties.RateLimit(rate, 3));
  }
}
