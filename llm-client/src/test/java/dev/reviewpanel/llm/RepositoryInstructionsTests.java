package dev.reviewpanel.llm;

import static dev.reviewpanel.llm.LlmFixtures.fixture;
import static dev.reviewpanel.llm.LlmFixtures.later;
import static dev.reviewpanel.llm.LlmFixtures.reviewer;
import static dev.reviewpanel.llm.LlmFixtures.settings;
import static dev.reviewpanel.llm.LlmFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.config.RepositoryConfigReader;
import dev.reviewpanel.code.config.ReviewPolicy;
import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.llm.LlmProperties.Provider;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-path instructions of {@code .review-panel.yml} reach the model with the chunks of the
 * files they name, and only those; a changed instruction is a cache miss, not an old answer.
 */
class RepositoryInstructionsTests {

  private static final String CONFIG =
      """
      llm:
        instructions:
          - paths: [src/payments/]
            text: Amounts are cents in a long. Flag any floating-point money arithmetic.
          - text: Our Clock bean is the only source of time.
      """;

  private FakeLlmServer llm;

  @BeforeEach
  void setUp() {
    llm = FakeLlmServer.start();
  }

  @AfterEach
  void tearDown() {
    llm.close();
  }

  @Test
  void shouldGiveEachFileTheInstructionsOfItsPathOnly() {
    LlmReviewer reviewer =
        reviewer(settings(Provider.OPENAI, llm.openAiBaseUrl()), new SimpleMeterRegistry());
    ReviewTask task =
        task(
            new ReviewTask.File("src/payments/Ledger.java", "java", fixture("Ledger.java"), null),
            new ReviewTask.File("src/web/Accounts.java", "java", fixture("Accounts.java"), null));

    reviewer.review(task, List.of(), later(), false, policy(CONFIG));

    assertThat(llm.requests())
        .filteredOn(r -> r.user().contains("src/payments/Ledger.java"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.user())
                    .contains(
                        "Amounts are cents in a long. Flag any floating-point money arithmetic.",
                        "Our Clock bean is the only source of time."));
    assertThat(llm.requests())
        .filteredOn(r -> r.user().contains("src/web/Accounts.java"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.user())
                    .contains("Our Clock bean is the only source of time.")
                    .doesNotContain("Amounts are cents"));
  }

  private static ReviewPolicy policy(String config) {
    return new ReviewPolicy(RepositoryConfigReader.read(config), Baseline.EMPTY);
  }
}
