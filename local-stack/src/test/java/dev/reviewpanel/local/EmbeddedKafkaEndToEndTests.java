package dev.reviewpanel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The end-to-end contract on the same in-process KRaft broker that {@code review-panel up} runs.
 */
class EmbeddedKafkaEndToEndTests extends PipelineContract {

  private LocalStack stack;

  @BeforeAll
  void startStack() throws Exception {
    Path dataDir = Files.createTempDirectory("review-panel-e2e-");
    stack =
        LocalStack.start(
            new LocalStack.Settings(
                null,
                LocalKafkaBroker.freePort(),
                LocalKafkaBroker.freePort(),
                dataDir,
                3,
                Map.of(),
                TestStacks.randomPorts(ServiceSpec.standard()),
                ServiceSpec.standard(),
                Duration.ofSeconds(120)));
  }

  @AfterAll
  void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Override
  LocalStack stack() {
    return stack;
  }
}
