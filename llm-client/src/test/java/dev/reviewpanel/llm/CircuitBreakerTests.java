package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTests {

  private final MutableClock clock = new MutableClock();

  @Test
  void shouldOpenAfterConsecutiveFailuresAndProbeOnceWhenTheWaitIsOver() {
    CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
    breaker.onFailure();
    assertThat(breaker.allowRequest()).isTrue();
    breaker.onFailure();
    assertThat(breaker.allowRequest()).isFalse();

    clock.now = clock.now.plusSeconds(31);
    assertThat(breaker.allowRequest()).isTrue();
    assertThat(breaker.allowRequest()).as("one probe at a time").isFalse();
    breaker.onFailure();
    assertThat(breaker.allowRequest()).as("a failed probe reopens").isFalse();

    clock.now = clock.now.plusSeconds(31);
    assertThat(breaker.allowRequest()).isTrue();
    breaker.onSuccess();
    assertThat(breaker.isOpen()).isFalse();
    assertThat(breaker.allowRequest()).isTrue();
  }

  @Test
  void shouldForgetFailuresAfterASuccess() {
    CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    assertThat(breaker.allowRequest()).isTrue();
  }

  @Test
  void shouldForgetReviewBudgetsAfterTheirTtlAndEvictTheOldest() {
    ReviewBudgets budgets = new ReviewBudgets(1000, 2, Duration.ofMinutes(10), clock);
    budgets.spend("a", 600);
    budgets.spend("b", 100);
    assertThat(budgets.remaining("a")).isEqualTo(400);
    budgets.spend("c", 100);
    assertThat(budgets.remaining("b")).as("least recently used, evicted").isEqualTo(1000);
    clock.now = clock.now.plus(Duration.ofMinutes(11));
    assertThat(budgets.remaining("a")).isEqualTo(1000);
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
