package dev.reviewpanel.synthesis.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WakeUpsTests {

  @Test
  void shouldPadMillisSoKeysSortByTime() {
    long[] values = {
      -5, 0, 7, 1_000, Instant.parse("2026-03-01T10:00:00Z").toEpochMilli(), Long.MAX_VALUE
    };
    for (long value : values) {
      assertThat(WakeUps.millis(value))
          .hasSize(19)
          .isEqualTo(String.format("%019d", Math.max(0, value)));
    }
    assertThat(WakeUps.millis(999)).isLessThan(WakeUps.millis(1_000));
  }
}
