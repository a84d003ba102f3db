package dev.reviewpanel.llm;

import static dev.reviewpanel.llm.LlmFixtures.file;
import static dev.reviewpanel.llm.LlmFixtures.later;
import static dev.reviewpanel.llm.LlmFixtures.reviewer;
import static dev.reviewpanel.llm.LlmFixtures.ruleFinding;
import static dev.reviewpanel.llm.LlmFixtures.settings;
import static dev.reviewpanel.llm.LlmFixtures.task;
import static dev.reviewpanel.llm.fake.Reply.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.code.analysis.TransientAnalysisException;
import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.llm.LlmProperties.Provider;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.ModelRequest;
import dev.reviewpanel.llm.fake.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmReviewerTests {

  private static FakeLlmServer llm;
  private SimpleMeterRegistry registry;
  private LlmReviewer reviewer;

  @BeforeAll
  static void startServer() {
    llm = FakeLlmServer.start();
  }

  @AfterAll
  static void stopServer() {
    llm.close();
  }

  @BeforeEach
  void setUp() {
    llm.reset();
    registry = new SimpleMeterRegistry();
    reviewer = reviewer(settings(Provider.OPENAI, llm.openAiBaseUrl()), registry);
  }

  @Test
  void shouldAddModelFindingsWithOriginConfidenceAndRuleId() {
    ReviewTask task = task(file("Accounts.java"));
    llm.enqueue(
        Reply.findings(finding("src/Accounts.java", 22, "unbounded-loop", "LOW")).tokens(300, 50));

    LlmReview review = reviewer.review(task, List.of(), later(), false);

    assertThat(review.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.origin()).isEqualTo(FindingOrigin.LLM);
              assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
              assertThat(f.ruleId()).isEqualTo("security.llm.unbounded-loop");
              assertThat(f.agent()).isEqualTo("security");
              assertThat(f.location().startLine()).isEqualTo(22);
              assertThat(f.snippet()).contains("for (String name : names)");
              assertThat(f.fingerprint()).hasSize(32);
            });
    assertThat(review.usage().status()).isEqualTo(LlmStatus.REVIEWED);
    assertThat(review.usage().requests()).isEqualTo(1);
    assertThat(review.usage().inputTokens()).isEqualTo(300);
    assertThat(review.usage().outputTokens()).isEqualTo(50);
    assertThat(review.usage().estimatedCost()).isEqualTo(300 / 1000.0 * 0.5 + 50 / 1000.0 * 1.5);
    assertThat(registry.get("review.llm.tokens").tag("type", "input").counter().count())
        .isEqualTo(300);
    assertThat(registry.get("review.llm.request").tag("outcome", "success").timer().count())
        .isEqualTo(1);
  }

  @Test
  void shouldAskForTheFindingsSchemaAndFenceTheCodeAsData() {
    ReviewTask task = task(file("Accounts.java"));
    Finding rule = ruleFinding(task.files().get(0), 17);

    reviewer.review(task, List.of(rule), later(), false);

    ModelRequest request = llm.requests().get(0);
    assertThat(request.responseFormat().path("type").asString()).isEqualTo("json_schema");
    assertThat(
            request
                .responseFormat()
                .path("json_schema")
                .path("schema")
                .path("properties")
                .has("findings"))
        .isTrue();
    assertThat(request.authorization()).isEqualTo("Bearer sk-test-key");
    assertThat(request.system()).contains("agent: security").contains("UNTRUSTED DATA");
    assertThat(request.user())
        .contains("line 17 [sql-injection] java.sql-injection")
        .containsPattern("<<<CODE-[0-9a-f]{16}\\n")
        .contains("   17 | ");
  }

  @Test
  void shouldReadFencedJsonWithProseAroundIt() {
    llm.enqueue(
        Reply.json(
            "Sure! Here is what I found:\n```json\n{\"findings\":["
                + finding("src/Accounts.java", 21, "logic", "LOW")
                + "]}\n```\nHope that helps."));

    LlmReview review = reviewer.review(task(file("Accounts.java")), List.of(), later(), false);

    assertThat(review.findings()).extracting(f -> f.location().startLine()).containsExactly(21);
    assertThat(review.usage().status()).isEqualTo(LlmStatus.REVIEWED);
  }

  @Test
  void shouldAcceptLooseShapesModelsUse() {
    llm.enqueue(
        Reply.json(
            "{\"findings\":[{\"path\":\"Accounts.java\",\"line\":21,\"category\":\"Logic Error\","
                + "\"severity\":\"low\",\"confidence\":0.9,\"title\":\"t\",\"message\":\"m\"}]}"));

    LlmReview review = reviewer.review(task(file("Accounts.java")), List.of(), later(), false);

    assertThat(review.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().startLine()).isEqualTo(21);
              assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
              assertThat(f.ruleId()).isEqualTo("security.llm.logic-error");
            });
  }

  @Test
  void shouldReadABareArray() {
    llm.enqueue(Reply.json("[" + finding("src/Accounts.java", 21, "logic", "LOW") + "]"));

    LlmReview review = reviewer.review(task(file("Accounts.java")), List.of(), later(), false);

    assertThat(review.findings()).hasSize(1);
  }

  @Test
  void shouldKeepRuleFindingsAndSayWhatWasNotReviewedWhenTheReplyIsMalformed() {
    ReviewTask task = task(file("Accounts.java"));
    Finding rule = ruleFinding(task.files().get(0), 17);
    llm.enqueue(Reply.json("{\"findings\": [ {\"startLine\": 3, oops"));

    LlmReview review = reviewer.review(task, List.of(rule), later(), false);

    assertThat(review.findings()).containsExactly(rule);
    assertThat(review.usage().status()).isEqualTo(LlmStatus.PARTIAL);
    assertThat(review.usage().unreviewed()).containsExactly("src/Accounts.java");
    assertThat(review.usage().note()).contains("unreadable model reply");
    assertThat(registry.get("review.llm.errors").tag("kind", "invalid_response").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldDropAndCountInventedLinesAndLinesOutsideTheDiff() {
    ReviewTask task = task(file("Accounts.java", List.of(new LineRange(15, 18))));
    llm.enqueue(
        Reply.findings(
            finding("src/Accounts.java", 17, "sql-injection", "HIGH"),
            finding("src/Accounts.java", 480, "sql-injection", "HIGH"),
            finding("src/Other.java", 3, "xss", "HIGH"),
            finding("src/Accounts.java", 22, "logic", "LOW"),
            "{\"startLine\": 16}"));

    LlmReview review = reviewer.review(task, List.of(), later(), false);

    assertThat(review.findings()).extracting(f -> f.location().startLine()).containsExactly(17);
    assertThat(review.usage().droppedFindings()).isEqualTo(4);
    assertThat(
            registry
                .get("review.llm.findings.dropped")
                .tag("reason", "invented_line")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get("review.llm.findings.dropped")
                .tag("reason", "outside_diff")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry.get("review.llm.findings.dropped").tag("reason", "invalid").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldLetTheRuleWinWhenTheModelReportsTheSameLineAndCategory() {
    ReviewTask task = task(file("Accounts.java"));
    Finding rule = ruleFinding(task.files().get(0), 17);
    llm.enqueue(Reply.findings(finding("src/Accounts.java", 17, "SQL Injection", "LOW")));

    LlmReview review = reviewer.review(task, List.of(rule), later(), false);

    assertThat(review.findings()).containsExactly(rule);
  }

  @Test
  void shouldFailTransientlyWhenTheModelIsSlowerThanTheTimeout() {
    llm.enqueue(Reply.findings().after(Duration.ofSeconds(4)));

    assertThatThrownBy(
            () -> reviewer.review(task(file("Accounts.java")), List.of(), later(), false))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("timeout");
    assertThat(registry.get("review.llm.errors").tag("kind", "timeout").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldDegradeOnTheLastAttemptInsteadOfFailing() {
    ReviewTask task = task(file("Accounts.java"));
    Finding rule = ruleFinding(task.files().get(0), 17);
    llm.enqueue(Reply.status(500));

    LlmReview review = reviewer.review(task, List.of(rule), later(), true);

    assertThat(review.findings()).containsExactly(rule);
    assertThat(review.usage().status()).isEqualTo(LlmStatus.DEGRADED);
    assertThat(review.usage().note()).contains("last attempt").contains("HTTP 500");
    assertThat(review.usage().unreviewed()).containsExactly("src/Accounts.java");
  }

  @Test
  void shouldWaitOutAShortRetryAfterOnce() {
    llm.enqueue(
        Reply.status(429).retryAfter("1"),
        Reply.findings(finding("src/Accounts.java", 21, "logic", "LOW")));

    LlmReview review = reviewer.review(task(file("Accounts.java")), List.of(), later(), false);

    assertThat(review.findings()).hasSize(1);
    assertThat(review.usage().requests()).isEqualTo(2);
    assertThat(llm.requests()).hasSize(2);
  }

  @Test
  void shouldSendALongRetryAfterToTheRetryTopics() {
    llm.enqueue(Reply.status(429).retryAfter("120"));

    assertThatThrownBy(
            () -> reviewer.review(task(file("Accounts.java")), List.of(), later(), false))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("rate_limited");
    assertThat(llm.requests()).hasSize(1);
  }

  @Test
  void shouldFailTransientlyOnServerErrorsAndDroppedConnections() {
    llm.enqueue(Reply.status(503), Reply.droppedConnection());
    ReviewTask task = task(file("Accounts.java"));

    assertThatThrownBy(() -> reviewer.review(task, List.of(), later(), false))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("server_error");
    assertThatThrownBy(() -> reviewer.review(task, List.of(), later(), false))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("connection");
  }

  @Test
  void shouldDegradeWithoutCallingWhileTheCircuitIsOpen() {
    CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofMinutes(5), Clock.systemUTC());
    LlmReviewer guarded =
        reviewer(settings(Provider.OPENAI, llm.openAiBaseUrl()), registry, breaker, 300_000);
    llm.respondWith(request -> Reply.status(500));
    ReviewTask task = task(file("Accounts.java"));
    Finding rule = ruleFinding(task.files().get(0), 17);

    assertThatThrownBy(() -> guarded.review(task, List.of(rule), later(), false))
        .isInstanceOf(TransientAnalysisException.class);
    LlmReview opened = guarded.review(task, List.of(rule), later(), false);
    LlmReview whileOpen = guarded.review(task, List.of(rule), later(), false);

    assertThat(opened.usage().status()).isEqualTo(LlmStatus.DEGRADED);
    assertThat(whileOpen.usage().status()).isEqualTo(LlmStatus.DEGRADED);
    assertThat(whileOpen.usage().requests()).isZero();
    assertThat(whileOpen.findings()).containsExactly(rule);
    assertThat(llm.requests()).hasSize(2);
    assertThat(registry.get("review.llm.errors").tag("kind", "circuit_open").counter().count())
        .isEqualTo(1);
  }

  @Test
  void shouldStopAtTheReviewBudgetAndListWhatWasNotReviewed() {
    LlmReviewer frugal =
        reviewer(
            settings(Provider.OPENAI, llm.openAiBaseUrl()),
            registry,
            new CircuitBreaker(3, Duration.ofMinutes(1), Clock.systemUTC()),
            1_000);
    llm.respondWith(request -> Reply.findings().tokens(900, 50));
    ReviewTask task = task(file("Accounts.java"), file("Planted.java"));

    LlmReview review = frugal.review(task, List.of(), later(), false);
    LlmReview next = frugal.review(task, List.of(), later(), false);

    assertThat(review.usage().status()).isEqualTo(LlmStatus.PARTIAL);
    assertThat(review.usage().unreviewed()).containsExactly("src/Planted.java");
    assertThat(review.usage().note()).contains("review token budget");
    assertThat(next.usage().status()).isEqualTo(LlmStatus.BUDGET_EXHAUSTED);
    assertThat(next.usage().requests()).isZero();
    assertThat(llm.requests()).hasSize(1);
  }

  @Test
  void shouldReviewTheFilesOfATaskConcurrently() {
    try (FakeLlmServer own = FakeLlmServer.start()) {
      own.respondWith(request -> Reply.findings().after(Duration.ofMillis(700)));
      ReviewTask task =
          task(
              file("Accounts.java"),
              file("Planted.java"),
              new ReviewTask.File(
                  "src/Copy.java", "java", LlmFixtures.fixture("Accounts.java"), null));

      LlmReview review =
          reviewer(settings(Provider.OPENAI, own.openAiBaseUrl()), registry)
              .review(task, List.of(), later(), false);

      assertThat(review.usage().requests()).isEqualTo(3);
      assertThat(review.usage().status()).isEqualTo(LlmStatus.REVIEWED);
      assertThat(own.maxConcurrentRequests()).isEqualTo(3);
    }
  }

  @Test
  void shouldSpeakOllamaWithJsonFormat() {
    LlmReviewer ollama = reviewer(settings(Provider.OLLAMA, llm.ollamaBaseUrl()), registry);
    llm.enqueue(Reply.findings(finding("src/Accounts.java", 21, "logic", "LOW")).tokens(210, 30));

    LlmReview review = ollama.review(task(file("Accounts.java")), List.of(), later(), false);

    assertThat(review.findings()).hasSize(1);
    assertThat(review.usage().inputTokens()).isEqualTo(210);
    assertThat(review.usage().outputTokens()).isEqualTo(30);
    assertThat(llm.requests().get(0).dialect()).isEqualTo(dev.reviewpanel.llm.fake.Dialect.OLLAMA);
    assertThat(llm.requests().get(0).responseFormat().asString()).isEqualTo("json");
  }
}
