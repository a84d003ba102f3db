package dev.reviewpanel.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.code.analysis.Analyzer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LatencyReviewerConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(LatencyReviewerConfiguration.class);

  @Test
  void shouldAddTheSimulatedModelToWorkersOnly() {
    runner
        .withPropertyValues("bench.latency.url=http://127.0.0.1:1", "review.worker.agent=bug")
        .run(context -> assertThat(context).hasSingleBean(Analyzer.class));
    runner
        .withPropertyValues("bench.latency.url=http://127.0.0.1:1")
        .run(context -> assertThat(context).doesNotHaveBean(Analyzer.class));
    runner
        .withPropertyValues("review.worker.agent=bug")
        .run(context -> assertThat(context).doesNotHaveBean(Analyzer.class));
  }

  @Test
  void shouldWaitForTheLoopbackServerAndFailWhenItIsGone() {
    URI uri;
    try (DelayServer server = new DelayServer()) {
      uri = server.uri();
      HttpLatencySource source =
          new HttpLatencySource(uri, Map.of("security", Duration.ofMillis(5)), Duration.ZERO);
      source.call("security");
      source.call("bug");
    }
    HttpLatencySource gone = new HttpLatencySource(uri, Map.of(), Duration.ZERO);
    assertThatThrownBy(() -> gone.call("bug")).isInstanceOf(UncheckedIOException.class);
  }
}
