package dev.reviewpanel.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.code.analysis.TransientAnalysisException;
import dev.reviewpanel.events.ReviewTask;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;

@ExtendWith(OutputCaptureExtension.class)
class TaskListenerTests {

  private static final String SECRET = "listener-s3cr3t";

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, Object> kafka = mock(KafkaOperations.class);

  private final WorkerMetrics metrics = new WorkerMetrics(new SimpleMeterRegistry(), "security");

  @BeforeEach
  void brokerAcceptsEverything() {
    when(kafka.send(anyString(), anyString(), any()))
        .thenReturn(CompletableFuture.completedFuture(null));
  }

  @Test
  void shouldLogTransientFailureRedactedAndRethrowItForTheRetryTopics(CapturedOutput output) {
    TaskListener listener = listener(new RateLimited());

    assertThatThrownBy(() -> listener.run(task("security"), record(task("security"))))
        .isInstanceOf(TransientAnalysisException.class)
        .hasMessageContaining("HTTP 429");
    assertThat(output)
        .contains("Task r1:security:0 failed on attempt 1 of 3", "HTTP 429", "password = '****'")
        .doesNotContain(SECRET);
  }

  @Test
  void shouldLogInvalidTaskRedactedAndRethrowItForTheDeadLetterTopic(CapturedOutput output) {
    TaskListener listener = listener(new RateLimited());

    assertThatThrownBy(() -> listener.onTask(record(task("password=\"" + SECRET + "\""))))
        .isInstanceOf(InvalidTaskException.class);
    assertThat(output).contains("Dead-lettering record", "agent is").doesNotContain(SECRET);
  }

  private TaskListener listener(Analyzer analyzer) {
    OutcomePublisher publisher = new OutcomePublisher(kafka, "security", "w-1", 10);
    TaskRunner runner =
        new TaskRunner(
            new AnalysisEngine("security", List.of(analyzer)),
            publisher,
            metrics,
            Duration.ofSeconds(5),
            10,
            "w-1",
            Clock.systemUTC());
    InFlightTasks inFlight =
        new InFlightTasks(
            "security",
            4,
            Duration.ofSeconds(1),
            new OffsetLedger(),
            new FailedTaskForwarder(),
            new TaskIntake(
                new StaticListableBeanFactory()
                    .getBeanProvider(KafkaListenerEndpointRegistry.class),
                "security-worker"));
    return new TaskListener(new TaskValidator("security"), runner, metrics, 3, inFlight);
  }

  private static ConsumerRecord<String, ReviewTask> record(ReviewTask task) {
    return new ConsumerRecord<>("review-tasks-security", 0, 0L, "r1", task);
  }

  private static ReviewTask task(String agent) {
    return new ReviewTask(
        1,
        null,
        "r1",
        "r1:security:0",
        agent,
        null,
        List.of(new ReviewTask.File("A.java", "java", "class A {}", null)),
        null);
  }

  /** A remote reviewer that refuses the request and quotes the prompt it was sent. */
  private static final class RateLimited implements Analyzer {

    @Override
    public String name() {
      return "remote";
    }

    @Override
    public Set<Language> languages() {
      return Set.of(Language.JAVA);
    }

    @Override
    public void analyze(ParsedFile file, Findings findings) {
      throw new TransientAnalysisException(
          "HTTP 429 for prompt: String password = '" + SECRET + "';");
    }
  }
}
