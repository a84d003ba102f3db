package dev.reviewpanel.coordinator.backpressure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class BackpressurePropertiesTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void shouldBoundTheBacklogsLinesByDefaultAndTakeAConfiguredBound() {
    runner.run(
        context ->
            assertThat(context.getBean(BackpressureProperties.class).maxBacklogLines())
                .isEqualTo(1_000_000));
    runner
        .withPropertyValues("review.backpressure.max-backlog-lines=250000")
        .run(
            context ->
                assertThat(context.getBean(BackpressureProperties.class).maxBacklogLines())
                    .isEqualTo(250_000));
  }

  @Test
  void shouldRefuseABoundThatWouldRefuseEverything() {
    runner
        .withPropertyValues("review.backpressure.max-backlog-lines=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("maxBacklogLines"));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(BackpressureProperties.class)
  static class Settings {}
}
