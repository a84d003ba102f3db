package dev.reviewpanel.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

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
              assertThat(worker.concurrency()).isEqualTo(1);
              assertThat(worker.maxFindingEvents()).isEqualTo(50);
              assertThat(worker.retry())
                  .isEqualTo(
                      new WorkerProperties.Retry(
                          3, Duration.ofSeconds(1), 2, Duration.ofSeconds(10)));
              assertThat(context.getBean(TopicProperties.class).partitions()).isEqualTo(3);
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

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({WorkerProperties.class, TopicProperties.class})
  static class Settings {}
}
