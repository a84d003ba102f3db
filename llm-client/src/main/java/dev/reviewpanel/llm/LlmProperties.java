package dev.reviewpanel.llm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional LLM reviewer: {@code review.llm.*}. With {@code provider=none} (the default) no
 * model is called and results hold rule findings only.
 *
 * @param provider none, openai (any OpenAI-compatible server) or ollama
 * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}
 * @param apiKey from the environment ({@code REVIEW_LLM_API_KEY}); never logged
 * @param apiKeyHeader null to send the key as {@code Authorization: Bearer}; else the header that
 *     carries it as is (Azure OpenAI: {@code api-key})
 * @param timeout per request
 * @param maxRetries client-level retries, 0 by default: retries go through the retry topics
 * @param maxOutputTokens cap on each reply
 * @param maxInputTokensPerRequest estimated prompt size above which a file is chunked
 * @param maxParallelRequests requests one task sends at once (its chunks are independent)
 * @param taskTokenBudget tokens (in + out) one task may spend; further chunks are left unreviewed
 * @param reviewTokenBudget tokens one review may spend on this worker instance
 * @param reviewBudgetEntries how many reviews the per-instance budget remembers
 * @param reviewBudgetTtl how long the per-instance budget remembers a review
 * @param maxRetryAfter a 429 whose {@code Retry-After} is at most this is waited out in place;
 *     longer ones go to the retry topics
 * @param pricePer1kInputTokens estimated cost of 1,000 input tokens, in {@code currency}
 * @param agents per-agent overrides, keyed by agent id
 */
@Validated
@ConfigurationProperties("review.llm")
public record LlmProperties(
    @NotNull @DefaultValue("none") Provider provider,
    String baseUrl,
    String model,
    String apiKey,
    String apiKeyHeader,
    @NotNull @DefaultValue("60s") Duration timeout,
    @Min(0) @Max(5) @DefaultValue("0") int maxRetries,
    @Min(64) @DefaultValue("2048") int maxOutputTokens,
    @Min(256) @DefaultValue("6000") int maxInputTokensPerRequest,
    @Min(1) @Max(32) @DefaultValue("4") int maxParallelRequests,
    @Min(1) @DefaultValue("60000") long taskTokenBudget,
    @Min(1) @DefaultValue("300000") long reviewTokenBudget,
    @Min(1) @DefaultValue("10000") int reviewBudgetEntries,
    @NotNull @DefaultValue("1h") Duration reviewBudgetTtl,
    @NotNull @DefaultValue("2s") Duration maxRetryAfter,
    @DecimalMin("0") @DefaultValue("0") double pricePer1kInputTokens,
    @DecimalMin("0") @DefaultValue("0") double pricePer1kOutputTokens,
    @DefaultValue("USD") String currency,
    @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker,
    Map<String, @Valid AgentOverride> agents) {

  public LlmProperties {
    agents = agents == null ? Map.of() : Map.copyOf(agents);
  }

  /** The settings for one agent: its override where set, the shared value otherwise. */
  public LlmSettings forAgent(String agent) {
    AgentOverride o = agents.getOrDefault(agent, AgentOverride.NONE);
    return new LlmSettings(
        agent,
        o.provider() != null ? o.provider() : provider,
        o.baseUrl() != null ? o.baseUrl() : baseUrl,
        o.model() != null ? o.model() : model,
        o.apiKey() != null ? o.apiKey() : apiKey,
        apiKeyHeader,
        o.timeout() != null ? o.timeout() : timeout,
        maxRetries,
        o.maxOutputTokens() != null ? o.maxOutputTokens() : maxOutputTokens,
        maxInputTokensPerRequest,
        maxParallelRequests,
        o.taskTokenBudget() != null ? o.taskTokenBudget() : taskTokenBudget,
        maxRetryAfter,
        o.pricePer1kInputTokens() != null ? o.pricePer1kInputTokens() : pricePer1kInputTokens,
        o.pricePer1kOutputTokens() != null ? o.pricePer1kOutputTokens() : pricePer1kOutputTokens);
  }

  @Override
  public String toString() {
    return "LlmProperties[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "unset" : "***")
        + ", agents="
        + agents.keySet()
        + "]";
  }

  /** Which kind of server the reviewer talks to. */
  public enum Provider {
    NONE,
    OPENAI,
    OLLAMA
  }

  /**
   * Opens after {@code failureThreshold} consecutive provider failures and stays open for {@code
   * openDuration}; then one request probes whether the provider is back.
   */
  public record CircuitBreaker(
      @Min(1) @DefaultValue("5") int failureThreshold,
      @NotNull @DefaultValue("30s") Duration openDuration) {}

  /** Per-agent settings; any left unset take the shared value. */
  public record AgentOverride(
      Provider provider,
      String baseUrl,
      String model,
      String apiKey,
      Duration timeout,
      @Min(64) Integer maxOutputTokens,
      @Min(1) Long taskTokenBudget,
      @DecimalMin("0") Double pricePer1kInputTokens,
      @DecimalMin("0") Double pricePer1kOutputTokens) {

    static final AgentOverride NONE =
        new AgentOverride(null, null, null, null, null, null, null, null, null);

    @Override
    public String toString() {
      return "AgentOverride[provider="
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
}
