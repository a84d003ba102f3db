package dev.reviewpanel.coordinator;

import dev.reviewpanel.coordinator.messaging.TopicProperties;
import dev.reviewpanel.coordinator.planning.AgentRegistry;
import dev.reviewpanel.coordinator.planning.AgentRegistryProperties;
import dev.reviewpanel.coordinator.planning.PlanningProperties;
import dev.reviewpanel.coordinator.validation.DefaultsProperties;
import dev.reviewpanel.coordinator.validation.LimitsProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** Configuration values for unit tests, matching the defaults in coordinator.yml. */
public final class TestConfig {

  private TestConfig() {}

  public static final List<String> ALL_LANGUAGES =
      List.of("java", "python", "javascript", "typescript");

  public static LimitsProperties limits() {
    return new LimitsProperties(
        500,
        DataSize.ofMegabytes(1),
        DataSize.ofMegabytes(10),
        10_000,
        Duration.ofMinutes(30),
        DataSize.ofMegabytes(32));
  }

  public static AgentRegistry registry() {
    return new AgentRegistry(
        new AgentRegistryProperties(
            List.of(
                new AgentRegistryProperties.Agent("security", ALL_LANGUAGES, null),
                new AgentRegistryProperties.Agent("bug", ALL_LANGUAGES, null),
                new AgentRegistryProperties.Agent("performance", ALL_LANGUAGES, null))));
  }

  public static PlanningProperties planning(int maxFiles, DataSize maxBytes) {
    return new PlanningProperties(maxFiles, maxBytes, Map.of());
  }

  public static DefaultsProperties defaults() {
    return new DefaultsProperties(Duration.ofMinutes(2));
  }

  public static TopicProperties topics(DataSize maxMessageBytes) {
    return new TopicProperties(3, (short) 1, maxMessageBytes);
  }
}
