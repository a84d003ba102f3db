package dev.reviewpanel.synthesis.summary;

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
    @NotNull @DefaultValue("none") String provider,
    String baseUrl,
    String model,
    String apiKey,
    String apiKeyHeader,
    @Valid @NotNull @DefaultValue Summary summary,
    @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

  boolean enabled() {
    return summary.enabled() && !"none".equalsIgnoreCase(provider.trim());
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
   * @param enabled off by default: the call runs before the report is emitted, so it adds its
   *     latency (at most {@code timeout}) to every report
   * @param timeout the longest a report waits for the model; never past the review's deadline
   * @param model a model for summaries only, else {@code review.llm.model}
   */
  public record Summary(
      @DefaultValue("false") boolean enabled,
      @NotNull @DefaultValue("3s") Duration timeout,
      String model,
      @Min(32) @DefaultValue("400") int maxOutputTokens) {}

  /** Opens after {@code failureThreshold} consecutive failures for {@code openDuration}. */
  public record CircuitBreaker(
      @Min(1) @DefaultValue("5") int failureThreshold,
      @NotNull @DefaultValue("30s") Duration openDuration) {}
}
