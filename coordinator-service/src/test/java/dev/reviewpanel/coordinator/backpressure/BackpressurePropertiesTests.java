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

  @Test
  void shouldBoundTheBacklogsRetryAfterAndRefuseACeilingBelowTheFloor() {
    runner.run(
        context -> {
          BackpressureProperties properties = context.getBean(BackpressureProperties.class);
          assertThat(properties.retryAfter()).hasSeconds(1);
          assertThat(properties.maxRetryAfter()).hasSeconds(60);
        });
    runner
        .withPropertyValues(
            "review.backpressure.retry-after=5s", "review.backpressure.max-retry-after=2s")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("maxRetryAfter must not be shorter than retryAfter"));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(BackpressureProperties.class)
  static class Settings {}
}
