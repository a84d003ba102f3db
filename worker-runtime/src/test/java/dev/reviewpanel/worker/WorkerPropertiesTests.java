package dev.reviewpanel.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class WorkerPropertiesTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void shouldDefaultEverythingButTheAgent() {
    runner
        .withPropertyValues("review.worker.agent=security")
        .run(
            context -> {
              WorkerProperties worker = context.getBean(WorkerProperties.class);
              assertThat(worker.taskBudget()).isEqualTo(Duration.ofSeconds(30));
              assertThat(worker.concurrency())
                  .isEqualTo(new WorkerProperties.Concurrency(1, 32, Duration.ofSeconds(10)));
              assertThat(worker.maxFindingEvents()).isEqualTo(50);
              assertThat(worker.retry())
                  .isEqualTo(
                      new WorkerProperties.Retry(
                          3, Duration.ofSeconds(1), 2, Duration.ofSeconds(10)));
              TopicProperties topics = context.getBean(TopicProperties.class);
              assertThat(topics.partitions()).isEqualTo(3);
              assertThat(topics.maxMessageBytes()).isEqualTo(DataSize.ofMegabytes(4));
              assertThat(topics.maxMessageByteCount()).isEqualTo(4 * 1024 * 1024);
            });
  }

  @Test
  void shouldRefuseToStartWithoutAValidAgent() {
    runner.run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues("review.worker.agent=Security Team")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("lowercase letters, digits and dashes"));
  }

  @Test
  void shouldRefuseRetrySettingsThatCannotWork() {
    runner
        .withPropertyValues("review.worker.agent=bug", "review.worker.retry.attempts=0")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void shouldRefuseAnEmptyInFlightWindow() {
    runner
        .withPropertyValues("review.worker.agent=bug", "review.worker.concurrency.max-in-flight=0")
        .run(context -> assertThat(context).hasFailed());
    runner
        .withPropertyValues(
            "review.worker.agent=bug",
            "review.worker.concurrency.max-in-flight=64",
            "review.worker.concurrency.consumers=3")
        .run(
            context ->
                assertThat(context.getBean(WorkerProperties.class).concurrency())
                    .isEqualTo(new WorkerProperties.Concurrency(3, 64, Duration.ofSeconds(10))));
  }

  @Test
  void shouldTakeMessageSizesInBytesOrUnitsWithinKafkasRange() {
    runner
        .withPropertyValues("review.worker.agent=bug", "review.topics.max-message-bytes=8MB")
        .run(
            context ->
                assertThat(context.getBean(TopicProperties.class).maxMessageByteCount())
                    .isEqualTo(8 * 1024 * 1024));
    runner
        .withPropertyValues("review.worker.agent=bug", "review.topics.max-message-bytes=2000000")
        .run(
            context ->
                assertThat(context.getBean(TopicProperties.class).maxMessageByteCount())
                    .isEqualTo(2_000_000));
    runner
        .withPropertyValues("review.worker.agent=bug", "review.topics.max-message-bytes=100")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("between 1KB and 1GB"));
    runner
        .withPropertyValues("review.worker.agent=bug", "review.topics.max-message-bytes=3GB")
        .run(context -> assertThat(context).hasFailed());
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({WorkerProperties.class, TopicProperties.class})
  static class Settings {}
}
