package dev.reviewpanel.local.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTests {

  @Test
  void shouldReadStepsDurationsChannelAndServiceProperties() {
    LoadOptions options =
        LoadOptions.parse(
            new String[] {
              "--step",
              "10,20, 50",
              "--duration=30s",
              "--warmup",
              "0s",
              "--via=kafka",
              "--start",
              "--shape",
              "big",
              "--no-floor",
              "--review.synthesis.commit-interval-ms=20"
            });

    assertThat(options.rates()).containsExactly(10.0, 20.0, 50.0);
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.warmup()).isZero();
    assertThat(options.via()).isEqualTo("kafka");
    assertThat(options.start()).isTrue();
    assertThat(options.shape()).isEqualTo("big");
    assertThat(options.floor()).isFalse();
    assertThat(options.properties()).containsEntry("review.synthesis.commit-interval-ms", "20");
  }

  @Test
  void shouldRefuseWhatItCannotMeasure() {
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate", "0"}))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--via", "grpc"}))
        .hasMessageContaining("rest");
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--shape=huge"}))
        .hasMessageContaining("java-200");
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--duration"}))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"fast"}))
        .hasMessageContaining("unexpected");
  }

  @Test
  void shouldTakeNearestRankPercentiles() {
    Latencies latencies = Latencies.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0));

    assertThat(latencies.p50()).isEqualTo(5.0);
    assertThat(latencies.p90()).isEqualTo(9.0);
    assertThat(latencies.p99()).isEqualTo(10.0);
    assertThat(latencies.max()).isEqualTo(10.0);
    assertThat(Latencies.of(List.of()).describe()).isEqualTo("none");
  }

  @Test
  void shouldOfferShapesOfTheAdvertisedSize() {
    ReviewShapes big = ReviewShapes.of("big", null);
    ReviewShapes one = ReviewShapes.of("java-200", null);

    assertThat(big.files()).isEqualTo(50);
    assertThat(big.lines()).isEqualTo(10_000);
    assertThat(one.lines()).isEqualTo(200);
    // each review differs from the last, so no content-keyed cache makes repeats free
    assertThat(one.review("id-1", 1).files().get(0).content())
        .isNotEqualTo(one.review("id-2", 2).files().get(0).content());
  }
}
