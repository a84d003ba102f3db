package dev.reviewpanel.coordinator;

import dev.reviewpanel.coordinator.backpressure.BackpressureProperties;
import dev.reviewpanel.coordinator.intake.IntakeProperties;
import dev.reviewpanel.coordinator.messaging.TopicProperties;
import dev.reviewpanel.coordinator.planning.AgentRegistryProperties;
import dev.reviewpanel.coordinator.planning.PlanningProperties;
import dev.reviewpanel.coordinator.readmodel.ReadModelProperties;
import dev.reviewpanel.coordinator.security.ApiKeyProperties;
import dev.reviewpanel.coordinator.validation.DefaultsProperties;
import dev.reviewpanel.coordinator.validation.LimitsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What web slice tests need beyond the slice: the configuration records and a meter registry. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  LimitsProperties.class,
  DefaultsProperties.class,
  PlanningProperties.class,
  AgentRegistryProperties.class,
  TopicProperties.class,
  ReadModelProperties.class,
  ApiKeyProperties.class,
  BackpressureProperties.class,
  IntakeProperties.class
})
public class SliceConfig {

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }
}
