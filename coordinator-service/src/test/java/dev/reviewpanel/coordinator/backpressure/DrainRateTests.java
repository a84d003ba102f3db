package dev.reviewpanel.coordinator.backpressure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.testsupport.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrainRateTests {

  private final TestClock clock = new TestClock();
  private final DrainRate drain = new DrainRate(clock, Duration.ofMinutes(1));

  @Test
  void shouldNotGuessBeforeTwoReviewsHaveFinished() {
    assertThat(drain.timeToClear(10, 1_000)).isEmpty();

    drain.finished(100);
    clock.advance(Duration.ofSeconds(5));

    assertThat(drain.timeToClear(10, 1_000)).isEmpty();
  }

  @Test
  void shouldTellTheTimeTheBacklogTakesAtTheRateLinesWereReported() {
    // 100 lines every half second after the first: 200 lines a second
    report(11, 100);

    assertThat(drain.timeToClear(3, 1_000)).contains(Duration.ofSeconds(5));
    assertThat(drain.timeToClear(3, 4_000)).contains(Duration.ofSeconds(20));
  }

  @Test
  void shouldCountReviewsWhenTheirLinesAreNotKnown() {
    // two reviews a second, sizes unknown
    report(5, 0);

    assertThat(drain.timeToClear(10, 0)).contains(Duration.ofSeconds(5));
    assertThat(drain.timeToClear(10, 5_000)).contains(Duration.ofSeconds(5));
  }

  @Test
  void shouldMeasureABurstAfterAQuietSpellAtItsOwnRate() {
    drain.finished(100);
    drain.finished(100);
    clock.advance(Duration.ofMinutes(10));
    report(11, 100);

    assertThat(drain.timeToClear(3, 1_000)).contains(Duration.ofSeconds(5));
  }

  @Test
  void shouldLengthenAsReportsStopAndCallItAStallOnceTheWindowHoldsOnlyOne() {
    report(11, 100);
    Duration steady = drain.timeToClear(3, 1_000).orElseThrow();

    clock.advance(Duration.ofSeconds(15));
    Duration slowing = drain.timeToClear(3, 1_000).orElseThrow();

    // 1,000 lines over 20 s: 50 a second
    assertThat(slowing).isGreaterThan(steady).isEqualTo(Duration.ofSeconds(20));
    clock.advance(Duration.ofSeconds(60));
    assertThat(drain.timeToClear(3, 1_000).orElseThrow()).isGreaterThan(Duration.ofDays(1));
  }

  // {@code count} reports of {@code lines} lines each, half a second apart; the clock stays at the
  // last
  private void report(int count, long lines) {
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        clock.advance(Duration.ofMillis(500));
      }
      drain.finished(lines);
    }
  }
}
