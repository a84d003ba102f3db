package dev.reviewpanel.local;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same end-to-end contract against a Kafka broker in a container, where Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersEndToEndTests extends PipelineContract {

  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1");

  private LocalStack stack;

  @BeforeAll
  void startStack() {
    stack =
        LocalStack.start(
            new LocalStack.Settings(
                KAFKA.getBootstrapServers(),
                0,
                0,
                null,
                3,
                Map.of("review.synthesis.replication-factor", "1"),
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
