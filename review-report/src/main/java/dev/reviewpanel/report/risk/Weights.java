package dev.reviewpanel.report.risk;

/** How much an agent's findings of a category count: its expertise weight, 0 or more. */
@FunctionalInterface
public interface Weights {

  /** Every agent's findings count in full. */
  Weights UNIT = (agent, category) -> 1.0;

  double of(String agent, String category);
}
