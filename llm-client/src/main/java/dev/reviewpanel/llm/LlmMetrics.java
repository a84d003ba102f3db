package dev.reviewpanel.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The LLM reviewer's meters, tagged with the agent and model. */
final class LlmMetrics {

  static final String CACHE_HIT = "hit";
  static final String CACHE_MISS = "miss";
  static final String CACHE_STORED = "stored";

  private final MeterRegistry registry;
  private final String agent;
  private final String model;

  LlmMetrics(MeterRegistry registry, String agent, String model) {
    this.registry = registry;
    this.agent = agent;
    this.model = model;
    tokens("input", 0);
    tokens("output", 0);
    cost(0);
    for (String outcome : new String[] {CACHE_HIT, CACHE_MISS, CACHE_STORED}) {
      cacheCounter(outcome);
    }
  }

  /** One look-up in, or one answer stored into, the cache of answers. */
  void cache(String outcome) {
    cacheCounter(outcome).increment();
  }

  private Counter cacheCounter(String outcome) {
    return Counter.builder("review.llm.cache")
        .description("Answers looked up in the cache of unchanged code (hit, miss) and stored")
        .tags("agent", agent, "outcome", outcome)
        .register(registry);
  }

  void request(Duration took, boolean success) {
    Timer.builder("review.llm.request")
        .description("One request to the language model")
        .tags("agent", agent, "model", model, "outcome", success ? "success" : "error")
        .publishPercentileHistogram()
        .register(registry)
        .record(took);
  }

  void tokens(String type, long count) {
    Counter.builder("review.llm.tokens")
        .description("Tokens sent to and received from the language model")
        .tags("agent", agent, "type", type, "model", model)
        .register(registry)
        .increment(count);
  }

  void cost(double amount) {
    Counter.builder("review.llm.cost")
        .description("Estimated cost of the language model, in the configured currency")
        .tags("agent", agent, "model", model)
        .register(registry)
        .increment(amount);
  }

  void error(String kind) {
    Counter.builder("review.llm.errors")
        .tags("agent", agent, "model", model, "kind", kind)
        .register(registry)
        .increment();
  }

  void dropped(String reason, int count) {
    Counter.builder("review.llm.findings.dropped")
        .description("Model findings dropped: invented lines, lines outside the diff, invalid")
        .tags("agent", agent, "reason", reason)
        .register(registry)
        .increment(count);
  }
}
