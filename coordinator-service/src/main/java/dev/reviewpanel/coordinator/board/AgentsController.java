package dev.reviewpanel.coordinator.board;

import dev.reviewpanel.coordinator.planning.AgentRegistry;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agents}: the agents this coordinator plans for, in configuration order, so the
 * board offers an agent added by configuration without a code change.
 */
@RestController
class AgentsController {

  private final AgentRegistry registry;

  AgentsController(AgentRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/api/agents")
  Map<String, List<Agent>> agents() {
    return Map.of(
        "agents",
        registry.all().stream()
            .map(agent -> new Agent(agent.id(), agent.languages().stream().sorted().toList()))
            .toList());
  }

  /** An agent and the languages it analyzes. */
  record Agent(String id, List<String> languages) {}
}
