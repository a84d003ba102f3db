package dev.reviewpanel.report.panel;

import dev.reviewpanel.report.risk.Weights;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the panel weighs its agents: a weight per agent (with per-category overrides), the default
 * weight for agents not named (a fourth agent votes at this weight with no code change), vetoes and
 * the tie rule.
 */
public record PanelPolicy(
    double defaultWeight, Map<String, AgentWeight> agents, List<VetoRule> vetoes, TieRule tieRule)
    implements Weights {

  public static final PanelPolicy DEFAULT =
      new PanelPolicy(1.0, Map.of(), List.of(VetoRule.SECURITY_CRITICAL), TieRule.STRICTER);

  public PanelPolicy {
    if (!(defaultWeight >= 0)) {
      throw new IllegalArgumentException("the default weight must be 0 or more");
    }
    agents = agents == null ? Map.of() : Map.copyOf(agents);
    vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
    tieRule = tieRule == null ? TieRule.STRICTER : tieRule;
  }

  @Override
  public double of(String agent, String category) {
    AgentWeight configured = agent == null ? null : agents.get(agent);
    if (configured == null) {
      return defaultWeight;
    }
    Double byCategory = category == null ? null : configured.categories().get(category);
    return byCategory != null ? byCategory : configured.weight();
  }

  /** The agent's own weight, before any category override. */
  public double weight(String agent) {
    AgentWeight configured = agent == null ? null : agents.get(agent);
    return configured == null ? defaultWeight : configured.weight();
  }

  /** The agent's category overrides, sorted by category. */
  public Map<String, Double> categoryWeights(String agent) {
    AgentWeight configured = agent == null ? null : agents.get(agent);
    return configured == null ? Map.of() : new TreeMap<>(configured.categories());
  }
}
