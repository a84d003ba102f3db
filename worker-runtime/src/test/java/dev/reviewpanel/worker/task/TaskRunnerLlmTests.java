package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.Rule;
import dev.reviewpanel.code.analysis.TransientAnalysisException;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.AgentResult.LlmStatus;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.FindingOrigin;
import dev.reviewpanel.events.ReviewTask;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.LlmProperties;
import dev.reviewpanel.llm.LlmReviewer;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.Reply;
import dev.reviewpanel.worker.cache.RuleResultCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.core.KafkaOperations;

class TaskRunnerLlmTests {

  private static final String CODE = "class A {\n  void run() {\n    System.exit(1);\n  }\n}\n";

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private FakeLlmServer llm;
  private TaskRunner runner;

  @BeforeEach
  void setUp() {
    when(kafka.send(anyString(), anyString(), any()))
        .thenReturn(CompletableFuture.completedFuture(null));
    llm = FakeLlmServer.start();
    LlmProperties properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "review.llm.provider", "openai",
                        "review.llm.base-url", llm.openAiBaseUrl(),
                        "review.llm.model", "fake-model",
                        "review.llm.timeout", "2s")))
            .bindOrCreate("review.llm", LlmProperties.class);
    LlmReviewer reviewer = LlmReviewer.create(properties, "security", registry, Clock.systemUTC());
    runner =
        new TaskRunner(
            new AnalysisEngine("security", List.of(new ExitAnalyzer())),
            new OutcomePublisher(kafka, "security", "w-1", 10),
            new WorkerMetrics(registry, "security"),
            Duration.ofSeconds(10),
            100,
            "w-1",
            Clock.systemUTC(),
            reviewer,
            3,
            RuleResultCache.NONE,
            null);
  }

  @AfterEach
  void tearDown() {
    llm.close();
  }

  @Test
  void shouldPublishRuleAndModelFindingsWithTokensInStatsAndUsage() {
    llm.enqueue(Reply.findings(Reply.finding("A.java", 2, "design", "LOW")).tokens(400, 60));

    runner.run(task(), 1);

    AgentResult result = published();
    assertThat(result.findings())
        .extracting(f -> f.origin())
        .containsExactly(FindingOrigin.RULE, FindingOrigin.LLM);
    assertThat(result.stats().llmInputTokens()).isEqualTo(400);
    assertThat(result.stats().llmOutputTokens()).isEqualTo(60);
    assertThat(result.llm().status()).isEqualTo(LlmStatus.REVIEWED);
    assertThat(result.llm().model()).isEqualTo("fake-model");
  }

  @Test
  void shouldFailIntoTheRetryTopicsBeforeTheLastAttempt() {
    llm.enqueue(Reply.status(502));

    assertThatThrownBy(() -> runner.run(task(), 2)).isInstanceOf(TransientAnalysisException.class);
    verify(kafka, never()).send(eq(Topics.REVIEW_RESULTS), anyString(), any());
  }

  @Test
  void shouldDegradeToRuleFindingsOnTheLastAttempt() {
    llm.enqueue(Reply.status(502));

    runner.run(task(), 3);

    AgentResult result = published();
    assertThat(result.status()).isEqualTo(AgentResult.Status.COMPLETED);
    assertThat(result.findings()).extracting(f -> f.ruleId()).containsExactly("java.exit");
    assertThat(result.llm().status()).isEqualTo(LlmStatus.DEGRADED);
    assertThat(result.llm().note()).contains("HTTP 502");
  }

  private AgentResult published() {
    ArgumentCaptor<Object> values = ArgumentCaptor.forClass(Object.class);
    verify(kafka).send(eq(Topics.REVIEW_RESULTS), eq("r1"), values.capture());
    return (AgentResult) values.getValue();
  }

  private static ReviewTask task() {
    return new ReviewTask(
        1,
        null,
        "r1",
        "r1:security:0",
        "security",
        null,
        List.of(new ReviewTask.File("A.java", "java", CODE, null)),
        null);
  }

  private static final class ExitAnalyzer implements Analyzer {

    private static final Rule EXIT =
        new Rule(
            "java.exit", "availability", null, Severity.MEDIUM, Confidence.HIGH, "exit", "don't");

    @Override
    public String name() {
      return "exit";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.JAVA);
    }

    @Override
    public void analyze(ParsedFile file, Findings findings) {
      findings.report(EXIT, 3, "System.exit stops the server");
    }
  }
}
