package dev.reviewpanel.synthesis.summary;

import static dev.reviewpanel.report.TestEvents.completed;
import static dev.reviewpanel.report.TestEvents.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.events.ReviewPlan.PlannedTask;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewReport.SummaryOrigin;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.llm.ChatModels;
import dev.reviewpanel.llm.CircuitBreaker;
import dev.reviewpanel.llm.fake.FakeLlmServer;
import dev.reviewpanel.llm.fake.Reply;
import dev.reviewpanel.report.assembly.ReportAssembler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LlmSummaryWriterTests {

  private FakeLlmServer llm;
  private LlmSummaryWriter writer;

  @BeforeEach
  void setUp() {
    llm = FakeLlmServer.start();
    SummaryLlmProperties properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "review.llm.provider", "openai",
                        "review.llm.base-url", llm.openAiBaseUrl(),
                        "review.llm.model", "fake-model",
                        "review.llm.summary.enabled", "true",
                        "review.llm.summary.timeout", "4s")))
            .bindOrCreate("review.llm", SummaryLlmProperties.class);
    ChatModel chat = ChatModels.create(properties.settings());
    writer =
        new LlmSummaryWriter(
            (system, user) ->
                chat.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text(),
            properties.summary().timeout(),
            new CircuitBreaker(2, Duration.ofMinutes(5), Clock.systemUTC()));
  }

  @AfterEach
  void tearDown() {
    llm.close();
  }

  @Test
  void shouldWriteTheModelsSummaryAfterTheTemplatesVerdict() {
    llm.enqueue(Reply.json("Fix the SQL injection in A.java first; the rest can wait."));
    ReviewReport template = assemble();

    ReviewReport report = writer.revise(template);

    assertThat(report.summary())
        .startsWith("Changes requested:")
        .endsWith("\nFix the SQL injection in A.java first; the rest can wait.");
    assertThat(report.llm().summaryOrigin()).isEqualTo(SummaryOrigin.LLM);
    assertThat(report)
        .usingRecursiveComparison()
        .ignoringFields("summary", "llm")
        .isEqualTo(template);
    assertThat(llm.requests().get(0).user())
        .contains("Decision: REQUEST_CHANGES", "[HIGH] a title at A.java:3");
  }

  @Test
  void shouldKeepTheTemplateWhenTheModelIsSlowerThanTheTimeout() {
    llm.enqueue(Reply.json("too late").after(Duration.ofSeconds(6)));
    long start = System.nanoTime();

    ReviewReport report = writer.revise(assemble());

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5500));
    assertThat(report).isNull();
  }

  @Test
  void shouldKeepTheTemplateWhenTheModelAnswersNothing() {
    llm.enqueue(Reply.json("   "));

    assertThat(writer.revise(assemble())).isNull();
  }

  @Test
  void shouldStopAskingWhileTheCircuitIsOpen() {
    llm.respondWith(request -> Reply.status(500));

    for (int i = 0; i < 4; i++) {
      assertThat(writer.revise(assemble())).isNull();
    }

    assertThat(llm.requests()).hasSize(2);
  }

  private static ReviewReport assemble() {
    ReviewPlan plan =
        new ReviewPlan(
            1,
            Instant.now(),
            "r1",
            java.util.List.of(new PlannedTask("r1:security:0", "security")),
            Instant.now().plusSeconds(60),
            Instant.now(),
            null);
    AgentResult result =
        completed("r1", "security", 0, 10, finding("security", "a", Severity.HIGH, "A.java", 3));
    return new ReportAssembler().assemble(plan, Map.of(result.taskId(), result), Instant.now());
  }
}
