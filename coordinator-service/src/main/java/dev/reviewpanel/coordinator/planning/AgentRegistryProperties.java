package dev.reviewpanel.coordinator.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The agents this coordinator plans for. A new agent is one more entry here, no code change.
 *
 * @param registry agents in planning order
 */
@Validated
@ConfigurationProperties("review.agents")
public record AgentRegistryProperties(@NotNull List<@Valid Agent> registry) {

  public AgentRegistryProperties {
    registry = registry == null ? List.of() : List.copyOf(registry);
  }

  /**
   * One agent.
   *
   * @param languages language ids the agent can analyze
   * @param topic its task topic; {@code review-tasks-<id>} when absent
   */
  public record Agent(@NotNull String id, @NotEmpty List<String> languages, String topic) {}
}
