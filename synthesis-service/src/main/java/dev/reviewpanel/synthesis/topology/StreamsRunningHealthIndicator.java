package dev.reviewpanel.synthesis.topology;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Readiness of synthesis ({@code streamsRunning} in the readiness group): UP only while the Streams
 * client is RUNNING, i.e. its rebalance finished and the stores of its assigned tasks are restored.
 * While it starts, rebalances or restores, reports would wait, so the instance is not ready;
 * liveness ({@link KafkaStreamsHealthIndicator}) stays UP meanwhile.
 */
@Component
class StreamsRunningHealthIndicator implements HealthIndicator {

  private final StreamsBuilderFactoryBean factoryBean;

  StreamsRunningHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
    this.factoryBean = factoryBean;
  }

  @Override
  public Health health() {
    KafkaStreams streams = factoryBean.getKafkaStreams();
    if (streams == null) {
      return Health.down().withDetail("state", "NOT_STARTED").build();
    }
    KafkaStreams.State state = streams.state();
    Health.Builder health = state == KafkaStreams.State.RUNNING ? Health.up() : Health.down();
    health.withDetail("state", state.name());
    if (state == KafkaStreams.State.RUNNING) {
      int active = 0;
      for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
        active += thread.activeTasks().size();
      }
      health.withDetail("activeTasks", active);
    }
    return health.build();
  }
}
