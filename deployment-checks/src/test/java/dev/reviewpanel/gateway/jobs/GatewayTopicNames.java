package dev.reviewpanel.gateway.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The scm-gateway's job topic, its retry topics and its DLT, named by the gateway's own retry
 * configuration and spring-kafka, never by a copy of the naming rules. Lives in the gateway's
 * package to call its package-private bean methods.
 */
public final class GatewayTopicNames {

  private GatewayTopicNames() {}

  /** The topics for {@code review.gateway.retry.attempts = attempts} (other settings default). */
  public static List<String> of(int attempts) {
    GatewayRetryProperties retry =
        new GatewayRetryProperties(
            attempts, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(10), Duration.ofHours(1));
    // neither touches a broker: the producer factory connects only when a record is sent
    KafkaTemplate<String, byte[]> template =
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of()));
    return JobsKafkaConfiguration.jobTopicNames(
        new JobsKafkaConfiguration()
            .gatewayJobRetryTopics(
                template, new ConcurrentKafkaListenerContainerFactory<>(), retry));
  }
}
