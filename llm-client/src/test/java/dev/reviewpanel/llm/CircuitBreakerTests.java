package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.testsupport.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTests {

  private final TestClock clock = new TestClock();

  @Test
  void shouldOpenAfterConsecutiveFailuresAndProbeOnceWhenTheWaitIsOver() {
    CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
    breaker.onFailure();
    assertThat(breaker.allowRequest()).isTrue();
    breaker.onFailure();
    assertThat(breaker.allowRequest()).isFalse();

    clock.advance(Duration.ofSeconds(31));
    assertThat(breaker.allowRequest()).isTrue();
    assertThat(breaker.allowRequest()).as("one probe at a time").isFalse();
    breaker.onFailure();
    assertThat(breaker.allowRequest()).as("a failed probe reopens").isFalse();

    clock.advance(Duration.ofSeconds(31));
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
    clock.advance(Duration.ofMinutes(11));
    assertThat(budgets.remaining("a")).isEqualTo(1000);
  }
}
