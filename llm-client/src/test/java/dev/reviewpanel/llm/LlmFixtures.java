package dev.reviewpanel.llm;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.SourceFile;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.LineRange;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.llm.LlmProperties.Provider;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reviewers wired to a fake server, tasks from fixture files, and rule findings. */
final class LlmFixtures {

  static final Rule SQL_RULE =
      new Rule(
          "java.sql-injection",
          "sql-injection",
          "CWE-89",
          Severity.HIGH,
          Confidence.HIGH,
          "SQL built from request data",
          "Use a PreparedStatement.");

  private LlmFixtures() {}

  static LlmSettings settings(Provider provider, String baseUrl) {
    return new LlmSettings(
        "security",
        provider,
        baseUrl,
        "fake-model",
        "sk-test-key",
        null,
        Duration.ofSeconds(2),
        0,
        512,
        6000,
        4,
        60_000,
        Duration.ofSeconds(2),
        0.5,
        1.5);
  }

  static LlmReviewer reviewer(LlmSettings settings, MeterRegistry registry) {
    return reviewer(
        settings,
        registry,
        new CircuitBreaker(3, Duration.ofMinutes(1), Clock.systemUTC()),
        300_000);
  }

  static LlmReviewer reviewer(LlmSettings settings, MeterRegistry registry, ReplyCache cache) {
    return reviewer(
        settings,
        registry,
        new CircuitBreaker(3, Duration.ofMinutes(1), Clock.systemUTC()),
        300_000,
        cache);
  }

  static LlmReviewer reviewer(
      LlmSettings settings, MeterRegistry registry, CircuitBreaker breaker, long reviewBudget) {
    return reviewer(settings, registry, breaker, reviewBudget, ReplyCache.NONE);
  }

  static LlmReviewer reviewer(
      LlmSettings settings,
      MeterRegistry registry,
      CircuitBreaker breaker,
      long reviewBudget,
      ReplyCache cache) {
    return new LlmReviewer(
        settings,
        ChatReviewModel.of(settings, FindingsSchema.SCHEMA),
        breaker,
        new ReviewBudgets(reviewBudget, 100, Duration.ofHours(1), Clock.systemUTC()),
        new LlmMetrics(registry, settings.agent(), settings.model()),
        Clock.systemUTC(),
        cache);
  }

  static String fixture(String name) {
    try (InputStream in = LlmFixtures.class.getResourceAsStream("/llm/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ReviewTask task(ReviewTask.File... files) {
    String reviewId = UUID.randomUUID().toString();
    return new ReviewTask(
        1,
        Instant.now(),
        reviewId,
        reviewId + ":security:0",
        "security",
        null,
        List.of(files),
        Instant.now().plusSeconds(60));
  }

  static ReviewTask.File file(String name) {
    return new ReviewTask.File("src/" + name, "java", fixture(name), null);
  }

  static ReviewTask.File file(String name, List<LineRange> changed) {
    return new ReviewTask.File("src/" + name, "java", fixture(name), changed);
  }

  /** What a rule reports on {@code line} of the task's file. */
  static Finding ruleFinding(ReviewTask.File file, int line) {
    Findings findings =
        new Findings(
            "security",
            new ParsedFile(
                new SourceFile(file.path(), Language.JAVA, file.content(), file.changedLines())));
    findings.report(SQL_RULE, line, "name flows into executeQuery");
    return findings.toList().get(0);
  }

  static Instant later() {
    return Instant.now().plusSeconds(30);
  }
}
