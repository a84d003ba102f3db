package dev.reviewpanel.synthesis.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class KafkaStreamsHealthIndicatorTests {

  private final StreamsBuilderFactoryBean factoryBean = mock(StreamsBuilderFactoryBean.class);
  private final KafkaStreams streams = mock(KafkaStreams.class);
  private final KafkaStreamsHealthIndicator indicator =
      new KafkaStreamsHealthIndicator(factoryBean);

  @Test
  void shouldBeUpWhileRunningOrRebalancing() {
    when(factoryBean.getKafkaStreams()).thenReturn(streams);
    when(streams.state()).thenReturn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void shouldBeDownOnceStreamsFailed() {
    when(factoryBean.getKafkaStreams()).thenReturn(streams);
    when(streams.state()).thenReturn(KafkaStreams.State.ERROR);

    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(indicator.health().getDetails()).containsEntry("state", "ERROR");
  }

  @Test
  void shouldBeUnknownBeforeStreamsStarted() {
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
  }
}
