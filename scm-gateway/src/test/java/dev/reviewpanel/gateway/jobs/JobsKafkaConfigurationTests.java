package dev.reviewpanel.gateway.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The names spring-kafka gives the job topic's retries and dead letters. docker/create-topics.sh,
 * k8s/base/kafka-topics.yaml and the deployment checks' GatewayTopics spell the same names: a
 * change here must change them too.
 */
class JobsKafkaConfigurationTests {

  @Test
  void shouldNameTheRetryAndDeadLetterTopicsAsTheDeploymentFilesDo() {
    assertThat(names(4))
        .containsExactly(
            "scm-gateway-jobs",
            "scm-gateway-jobs-retry-0",
            "scm-gateway-jobs-retry-1",
            "scm-gateway-jobs-retry-2",
            "scm-gateway-jobs-dlt");
    assertThat(names(3))
        .containsExactly(
            "scm-gateway-jobs",
            "scm-gateway-jobs-retry-0",
            "scm-gateway-jobs-retry-1",
            "scm-gateway-jobs-dlt");
    assertThat(names(2))
        .containsExactly("scm-gateway-jobs", "scm-gateway-jobs-retry", "scm-gateway-jobs-dlt");
  }

  private static List<String> names(int attempts) {
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
