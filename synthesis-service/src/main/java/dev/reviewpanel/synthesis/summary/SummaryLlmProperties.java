package dev.reviewpanel.synthesis.summary;

import dev.reviewpanel.llm.LlmProperties.Provider;
import dev.reviewpanel.llm.LlmSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The model synthesis may ask for the executive summary: the same {@code review.llm.*} settings as
 * the workers' reviewers, plus {@code review.llm.summary.*}.
 *
 * @param provider none, openai or ollama
 * @param apiKey from the environment ({@code REVIEW_LLM_API_KEY}); never logged
 */
@Validated
@ConfigurationProperties("review.llm")
public record SummaryLlmProperties(
    @NotNull @DefaultValue("none") Provider provider,
    String baseUrl,
    String model,
    String apiKey,
    String apiKeyHeader,
    @Valid @NotNull @DefaultValue Summary summary,
    @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

  boolean enabled() {
    return summary.enabled() && provider != Provider.NONE;
  }

  /** The model settings of summaries: no retries, the summary's model, timeout and reply cap. */
  LlmSettings settings() {
    return new LlmSettings(
        "synthesis",
        provider,
        baseUrl,
        summary.model() != null ? summary.model() : model,
        apiKey,
        apiKeyHeader,
        summary.timeout(),
        0,
        summary.maxOutputTokens(),
        Integer.MAX_VALUE,
        1,
        Long.MAX_VALUE,
        Duration.ZERO,
        0,
        0);
  }

  @Override
  public String toString() {
    return "SummaryLlmProperties[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", model="
        + (summary.model() != null ? summary.model() : model)
        + ", apiKey="
        + (apiKey == null ? "unset" : "***")
        + "]";
  }

  /**
   * @param enabled on whenever a provider is set: the report goes out at once with the template
   *     summary and the model's follows as a revision, so no report waits for the model
   * @param timeout the longest one summary request may take
   * @param model a model for summaries only, else {@code review.llm.model}
   * @param concurrency summary requests in flight at once
   * @param queueCapacity reports waiting for a summary; beyond it a report keeps its template
   */
  public record Summary(
      @DefaultValue("true") boolean enabled,
      @NotNull @DefaultValue("3s") Duration timeout,
      String model,
      @Min(32) @DefaultValue("400") int maxOutputTokens,
      @Min(1) @DefaultValue("2") int concurrency,
      @Min(1) @DefaultValue("100") int queueCapacity) {}

  /** Opens after {@code failureThreshold} consecutive failures for {@code openDuration}. */
  public record CircuitBreaker(
      @Min(1) @DefaultValue("5") int failureThreshold,
      @NotNull @DefaultValue("30s") Duration openDuration) {}
}
