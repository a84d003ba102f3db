package dev.reviewpanel.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.llm.LlmProperties.Provider;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskBudgetTests {

  @Test
  void shouldStopChunksAtTheTaskBudgetAndListTheRest() {
    try (FakeLlmServer llm = FakeLlmServer.start()) {
      llm.respondWith(request -> Reply.findings().tokens(700, 100));
      LlmSettings base = LlmFixtures.settings(Provider.OPENAI, llm.openAiBaseUrl());
      LlmSettings small =
          new LlmSettings(
              base.agent(),
              base.provider(),
              base.baseUrl(),
              base.model(),
              base.apiKey(),
              null,
              base.timeout(),
              0,
              256,
              300,
              4,
              2_500,
              Duration.ofSeconds(1),
              0,
              0);
      ReviewTask task = LlmFixtures.task(new ReviewTask.File("src/Big.java", "java", big(), null));

      LlmReview review =
          LlmFixtures.reviewer(small, new SimpleMeterRegistry())
              .review(task, List.of(), LlmFixtures.later(), false);

      assertThat(review.usage().status()).isEqualTo(LlmStatus.PARTIAL);
      assertThat(review.usage().requests()).isBetween(1, 2);
      assertThat(review.usage().unreviewed())
          .isNotEmpty()
          .allMatch(l -> l.matches("src/Big\\.java:\\d+-\\d+"));
      assertThat(review.usage().note())
          .contains("task token budget")
          .contains("Not reviewed by the model: src/Big.java:");
      assertThat(llm.requests()).hasSize(review.usage().requests());
    }
  }

  @Test
  void shouldNotStartRequestsPastTheDeadline() {
    try (FakeLlmServer llm = FakeLlmServer.start()) {
      LlmReviewer reviewer =
          LlmFixtures.reviewer(
              LlmFixtures.settings(Provider.OPENAI, llm.openAiBaseUrl()),
              new SimpleMeterRegistry());
      ReviewTask task = LlmFixtures.task(LlmFixtures.file("Accounts.java"));

      LlmReview review = reviewer.review(task, List.of(), Instant.now().minusSeconds(1), false);

      assertThat(review.usage().status()).isEqualTo(LlmStatus.PARTIAL);
      assertThat(review.usage().note()).contains("time budget exhausted");
      assertThat(llm.requests()).isEmpty();
    }
  }

  private static String big() {
    StringBuilder text = new StringBuilder("public class Big {\n");
    for (int m = 0; m < 30; m++) {
      text.append("  public int method").append(m).append("(int value) {\n");
      text.append("    return value * ").append(m).append(" + value / 3 - value % 7;\n  }\n");
    }
    return text.append("}\n").toString();
  }
}
