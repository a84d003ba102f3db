package dev.reviewpanel.coordinator.backpressure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.testsupport.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeGateTests {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void shouldAdmitWhileTheBacklogIsBelowItsBoundAndRefuseAtIt() {
    Backlog backlog = new Backlog(properties(3, 10, 0), Clock.systemUTC(), meters);
    IntakeGate gate = new IntakeGate(properties(3, 10, 0), backlog, meters);
    backlog.enqueued("a", 10);
    backlog.accepted("b", 10);
    gate.admit("k").close();

    backlog.enqueued("c", 10);

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
    backlog.accepted("a", 10);
    backlog.enqueued("b", 10);
    backlog.accepted("b", 10);
    backlog.accepted("b", 10);

    assertThat(backlog.size()).isEqualTo(1);
    assertThat(backlog.open()).isEqualTo(1);
  }

  @Test
  void shouldRefuseOnceTheBacklogsLinesReachTheirBoundWhateverTheReviewCount() {
    BackpressureProperties properties = properties(100, 25_000, 10, 0);
    Backlog backlog = new Backlog(properties, Clock.systemUTC(), meters);
    IntakeGate gate = new IntakeGate(properties, backlog, meters);
    backlog.enqueued("big", 10_000);
    backlog.accepted("big", 10_000);
    backlog.accepted("small", 138);
    backlog.enqueued("other-big", 10_000);
    gate.admit("k").close();
    assertThat(gate.backlogFull()).isEmpty();

    backlog.enqueued("third-big", 10_000);

    assertThatThrownBy(() -> gate.admit("k"))
        .isInstanceOfSatisfying(
            BackpressureException.class,
            e -> {
              assertThat(e.code()).isEqualTo("backlog_full");
              assertThat(e.refusal()).isEqualTo(Refusal.BACKLOG_LINES);
            });
    assertThat(meters.get("review.backlog.lines").gauge().value()).isEqualTo(30_138);
    // the Kafka intake looks at accepted reviews only: the two enqueued ones wait on its topic
    assertThat(gate.backlogFull()).isEmpty();
    backlog.accepted("other-big", 0);
    backlog.accepted("third-big", 0);
    assertThat(backlog.openLines()).isEqualTo(30_138);
    assertThat(gate.backlogFull()).contains(Refusal.BACKLOG_LINES);

    backlog.finished("big");
    assertThat(gate.backlogFull()).isEmpty();
    gate.admit("k").close();
  }

  @Test
  void shouldReleaseAReviewsLinesWhenTheOpenReviewTtlPasses() {
    TestClock clock = new TestClock(Instant.parse("2026-12-07T10:00:00Z"));
    BackpressureProperties properties = properties(100, 15_000, 10, 0);
    Backlog backlog = new Backlog(properties, clock, meters);
    IntakeGate gate = new IntakeGate(properties, backlog, meters);
    backlog.accepted("never-reports", 10_000);
    clock.advance(Duration.ofMinutes(20));
    backlog.accepted("late", 5_000);
    assertThat(gate.backlogFull()).contains(Refusal.BACKLOG_LINES);

    clock.advance(Duration.ofMinutes(16));

    assertThat(backlog.lines()).isEqualTo(5_000);
    assertThat(backlog.size()).isEqualTo(1);
    assertThat(gate.backlogFull()).isEmpty();
    gate.admit("k").close();
  }

  @Test
  void shouldSayInRetryAfterHowLongTheBacklogTakesToDrainWithinItsBounds() {
    TestClock clock = new TestClock();
    BackpressureProperties properties = properties(100, 20_000, 10, 0);
    Backlog backlog = new Backlog(properties, clock, meters);
    IntakeGate gate = new IntakeGate(properties, backlog, meters);
    backlog.accepted("waiting", 20_000);
    // nothing reported yet: the configured 1.5 s, rounded up
    assertThat(refusedRetryAfter(gate)).isEqualTo(2);

    // 1,000 lines a second: ten reviews of 1,000 lines reported over ten seconds
    for (int i = 0; i <= 10; i++) {
      clock.advance(Duration.ofSeconds(i == 0 ? 0 : 1));
      backlog.accepted("done-" + i, 1_000);
      backlog.finished("done-" + i);
      // the report and its REPORT_READY event: the second changes nothing
      backlog.finished("done-" + i);
    }
    assertThat(refusedRetryAfter(gate)).isEqualTo(20);

    backlog.enqueued("more", 5_000);
    assertThat(refusedRetryAfter(gate)).isEqualTo(25);

    backlog.accepted("much-more", 20_000);
    assertThat(refusedRetryAfter(gate)).as("at most the configured 30 s").isEqualTo(30);
  }

  private static long refusedRetryAfter(IntakeGate gate) {
    try {
      gate.admit("k").close();
    } catch (BackpressureException e) {
      assertThat(e.refusal()).isEqualTo(Refusal.BACKLOG_LINES);
      return e.retryAfterSeconds();
    }
    throw new AssertionError("admitted while the backlog is full");
  }

  @Test
  void shouldKeepTheSizeAnEnqueuedReviewHadWhenItsAcceptanceDoesNotSayIt() {
    Backlog backlog = new Backlog(properties(10, 10, 0), Clock.systemUTC(), meters);
    backlog.enqueued("a", 400);
    backlog.accepted("a", 0);
    backlog.accepted("a", 0);
    backlog.accepted("b", 0);
    backlog.accepted("b", 250);

    assertThat(backlog.lines()).isEqualTo(650);
    backlog.finished("a");
    backlog.withdrawn("b");
    assertThat(backlog.lines()).isEqualTo(250);
  }

  private static BackpressureProperties properties(int backlog, int pending, double rate) {
    return properties(backlog, 1_000_000, pending, rate);
  }

  private static BackpressureProperties properties(
      int backlog, long lines, int pending, double rate) {
    return new BackpressureProperties(
        backlog,
        lines,
        pending,
        Duration.ofMillis(1500),
        Duration.ofSeconds(30),
        Duration.ofMinutes(35),
        new BackpressureProperties.RateLimit(rate, 3));
  }
}
