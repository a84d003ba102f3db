package dev.reviewpanel.synthesis.topology;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Health of the Streams client, part of the liveness group: a client in ERROR (or stopped while the
 * app runs) never recovers by itself, so the pod should be restarted.
 */
@Component
class KafkaStreamsHealthIndicator implements HealthIndicator {

  private final StreamsBuilderFactoryBean factoryBean;

  KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean factoryBean) {
    this.factoryBean = factoryBean;
  }

  @Override
  public Health health() {
    KafkaStreams streams = factoryBean.getKafkaStreams();
    if (streams == null) {
      return Health.unknown().withDetail("state", "NOT_STARTED").build();
    }
    KafkaStreams.State state = streams.state();
    Health.Builder health =
        switch (state) {
          case ERROR, PENDING_ERROR, NOT_RUNNING -> Health.down();
          default -> Health.up();
        };
    return health.withDetail("state", state.name()).build();
  }
}
