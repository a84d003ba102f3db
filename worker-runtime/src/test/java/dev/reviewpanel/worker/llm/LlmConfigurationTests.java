package dev.reviewpanel.worker.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LlmConfigurationTests {

  @Test
  void shouldCreateTheReviewerOnlyWhenTheAgentHasAProvider() {
    LlmConfiguration.ProviderConfigured condition = new LlmConfiguration.ProviderConfigured();

    assertThat(matches(condition, new MockEnvironment().withProperty("review.worker.agent", "bug")))
        .isFalse();
    assertThat(
            matches(
                condition,
                new MockEnvironment()
                    .withProperty("review.worker.agent", "bug")
                    .withProperty("review.llm.provider", "openai")))
        .isTrue();
    assertThat(
            matches(
                condition,
                new MockEnvironment()
                    .withProperty("review.worker.agent", "bug")
                    .withProperty("review.llm.provider", "openai")
                    .withProperty("review.llm.agents.bug.provider", "none")))
        .isFalse();
  }

  private static boolean matches(
      LlmConfiguration.ProviderConfigured condition, MockEnvironment env) {
    org.springframework.context.annotation.ConditionContext context =
        org.mockito.Mockito.mock(org.springframework.context.annotation.ConditionContext.class);
    org.mockito.Mockito.when(context.getEnvironment()).thenReturn(env);
    return condition.matches(context, null);
  }
}
