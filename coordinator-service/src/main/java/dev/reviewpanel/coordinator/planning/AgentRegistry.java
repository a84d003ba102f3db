package dev.reviewpanel.coordinator.planning;

import dev.reviewpanel.events.AgentId;
import dev.reviewpanel.events.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The configured agents, checked once at startup. */
@Component
public class AgentRegistry {

  private final Map<String, RegisteredAgent> agents;
  private final List<RegisteredAgent> ordered;

  public AgentRegistry(AgentRegistryProperties properties) {
    Map<String, RegisteredAgent> byId = new LinkedHashMap<>();
    for (AgentRegistryProperties.Agent agent : properties.registry()) {
      String id = AgentId.of(agent.id()).value();
      String topic =
          agent.topic() == null || agent.topic().isBlank() ? Topics.tasks(id) : agent.topic();
      Set<String> languages =
          agent.languages().stream()
              .map(language -> language.trim().toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet());
      if (byId.put(id, new RegisteredAgent(id, languages, topic)) != null) {
        throw new IllegalStateException("agent '" + id + "' is registered twice");
      }
    }
    this.agents = Map.copyOf(byId);
    this.ordered = byId.values().stream().toList();
  }

  /** All agents, in configuration order. */
  public List<RegisteredAgent> all() {
    return ordered;
  }

  public Optional<RegisteredAgent> find(String id) {
    return Optional.ofNullable(agents.get(id));
  }

  public boolean contains(String id) {
    return agents.containsKey(id);
  }

  /** An agent the coordinator can plan for. */
  public record RegisteredAgent(String id, Set<String> languages, String topic) {

    public boolean supports(String language) {
      return language != null && languages.contains(language);
    }
  }
}
