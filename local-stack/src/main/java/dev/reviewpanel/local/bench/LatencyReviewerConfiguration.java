package dev.reviewpanel.local.bench;

import dev.reviewpanel.code.analysis.Analyzer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Adds a {@link LatencyAnalyzer} to a worker when {@code bench.latency.url} is set. The benchmark
 * hands it to every service through {@code spring.main.sources}; only workers (which have {@code
 * review.worker.agent}) take it. Latencies: {@code bench.latency.agents.<agent>}, else {@code
 * bench.latency.default}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty({"bench.latency.url", "review.worker.agent"})
public class LatencyReviewerConfiguration {

  static final String URL = "bench.latency.url";
  static final String DEFAULT = "bench.latency.default";
  static final String AGENTS = "bench.latency.agents";

  @Bean
  Analyzer benchLatencyAnalyzer(Environment environment) {
    Binder binder = Binder.get(environment);
    Map<String, Duration> latencies =
        binder.bind(AGENTS, Bindable.mapOf(String.class, Duration.class)).orElse(Map.of());
    Duration otherwise = binder.bind(DEFAULT, Duration.class).orElse(Duration.ofSeconds(1));
    return new LatencyAnalyzer(
        environment.getRequiredProperty("review.worker.agent"),
        new HttpLatencySource(
            URI.create(environment.getRequiredProperty(URL)), latencies, otherwise));
  }
}
