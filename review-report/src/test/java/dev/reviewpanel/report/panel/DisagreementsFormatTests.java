package dev.reviewpanel.report.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisagreementsFormatTests {

  @Test
  void shouldWriteTwoDecimalsExactlyAsTheFormatterDoes() {
    List<Double> values =
        new ArrayList<>(
            List.of(
                0.0,
                0.005,
                0.015,
                0.125,
                0.375,
                1.005,
                1.015,
                2.675,
                0.994,
                0.995,
                0.9949999,
                9.995,
                99.995,
                1e-7,
                1e7,
                12345678.905,
                1.0 / 3,
                2.0 / 3));
    Random random = new Random(17);
    for (int i = 0; i < 5_000; i++) {
      values.add(random.nextInt(100_000) / 1000.0); // weights and evidence with three decimals
      values.add(random.nextDouble() * 50);
    }

    for (double value : values) {
      assertThat(Disagreements.format(value))
          .as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }
  }
}
