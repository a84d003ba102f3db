package dev.reviewpanel.report.panel;

import java.util.Map;

/**
 * One agent's expertise weights.
 *
 * @param weight how much the agent's findings count, 0 or more (1 is full weight)
 * @param categories weights that replace {@code weight} for the agent's findings of a category
 */
public record AgentWeight(double weight, Map<String, Double> categories) {

  public AgentWeight {
    if (!(weight >= 0)) {
      throw new IllegalArgumentException("an agent's weight must be 0 or more, got " + weight);
    }
    categories = categories == null ? Map.of() : Map.copyOf(categories);
    categories.forEach(
        (category, w) -> {
          if (w == null || !(w >= 0)) {
            throw new IllegalArgumentException(
                "the weight of category '" + category + "' must be 0 or more, got " + w);
          }
        });
  }
}
