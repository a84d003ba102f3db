package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.llm.LlmProperties.Provider;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LlmPropertiesTests {

  static LlmProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("review.llm", LlmProperties.class);
  }

  @Test
  void shouldDefaultToRulesOnly() {
    LlmProperties llm = bind(Map.of());

    assertThat(llm.provider()).isEqualTo(Provider.NONE);
    assertThat(llm.forAgent("security").enabled()).isFalse();
    assertThat(llm.maxRetries()).isZero();
    assertThat(llm.circuitBreaker().failureThreshold()).isEqualTo(5);
  }

  @Test
  void shouldApplyPerAgentOverridesOverSharedSettings() {
    LlmProperties llm =
        bind(
            Map.of(
                "review.llm.provider", "openai",
                "review.llm.base-url", "http://llm.internal/v1",
                "review.llm.model", "small-model",
                "review.llm.timeout", "20s",
                "review.llm.price-per1k-input-tokens", "0.15",
                "review.llm.agents.security.model", "strong-model",
                "review.llm.agents.security.timeout", "45s",
                "review.llm.agents.performance.provider", "none"));

    LlmSettings security = llm.forAgent("security");
    LlmSettings bug = llm.forAgent("bug");

    assertThat(security.model()).isEqualTo("strong-model");
    assertThat(security.timeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(security.baseUrl()).isEqualTo("http://llm.internal/v1");
    assertThat(bug.model()).isEqualTo("small-model");
    assertThat(bug.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(bug.pricePer1kInputTokens()).isEqualTo(0.15);
    assertThat(llm.forAgent("performance").enabled()).isFalse();
  }

  @Test
  void shouldNeverPrintTheApiKey() {
    LlmProperties llm =
        bind(
            Map.of(
                "review.llm.provider", "openai",
                "review.llm.api-key", "sk-very-secret",
                "review.llm.agents.security.api-key", "sk-other-secret"));

    assertThat(llm.toString() + llm.forAgent("security") + llm.agents())
        .doesNotContain("sk-very-secret")
        .doesNotContain("sk-other-secret")
        .contains("***");
    assertThat(llm.forAgent("security").apiKey()).isEqualTo("sk-other-secret");
  }
}
