package dev.reviewpanel.llm;

import dev.reviewpanel.llm.LlmProperties.Provider;
import java.time.Duration;

/** The LLM settings in effect for one agent, overrides applied. */
public record LlmSettings(
    String agent,
    Provider provider,
    String baseUrl,
    String model,
    String apiKey,
    String apiKeyHeader,
    Duration timeout,
    int maxRetries,
    int maxOutputTokens,
    int maxInputTokensPerRequest,
    int maxParallelRequests,
    long taskTokenBudget,
    Duration maxRetryAfter,
    double pricePer1kInputTokens,
    double pricePer1kOutputTokens) {

  public boolean enabled() {
    return provider != Provider.NONE;
  }

  /** The circuit breaker's key: one circuit per provider endpoint. */
  String endpoint() {
    return provider.name().toLowerCase() + " " + baseUrl;
  }

  double cost(long inputTokens, long outputTokens) {
    return inputTokens / 1000.0 * pricePer1kInputTokens
        + outputTokens / 1000.0 * pricePer1kOutputTokens;
  }

  @Override
  public String toString() {
    return "LlmSettings[agent="
        + agent
        + ", provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "unset" : "***")
        + "]";
  }
}
