package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.worker.WorkerProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Feeds each container's environment (prod overlay and compose) through Spring's real binding and
 * checks the settings arrive where the services read them.
 */
class EnvironmentBindingTests {

  @Test
  void shouldBindTheProdOverlaysSettingsInEveryService() {
    Manifests k8s = Manifests.render("k8s/overlays/prod");
    Map<String, Object> settings = k8s.settings();
    for (ServiceConfig service : ServiceConfig.all().toList()) {
      ConfigurableEnvironment env =
          SpringEnvironment.of(
              service.name(), PodEnvironment.of(k8s, k8s.get("Deployment", service.name())));
      assertCommonSettings(service, env, settings.get("kafka.bootstrap-servers"), k8s.partitions());
      if (service.isWorker()) {
        WorkerProperties worker =
            Binder.get(env).bind("review.worker", WorkerProperties.class).get();
        assertThat(worker.agent()).isEqualTo(service.agent());
        assertThat(worker.taskBudget())
            .isEqualTo(
                DurationStyle.detectAndParse(String.valueOf(settings.get("worker.task-budget"))));
        assertThat(worker.retry().attempts())
            .isEqualTo(Integer.parseInt(String.valueOf(settings.get("worker.retry-attempts"))));
        assertThat(worker.concurrency().drainTimeout())
            .isEqualTo(
                DurationStyle.detectAndParse(String.valueOf(settings.get("worker.drain-timeout"))));
      }
    }
    ConfigurableEnvironment synthesis =
        SpringEnvironment.of(
            "synthesis", PodEnvironment.of(k8s, k8s.get("Deployment", "synthesis")));
    assertThat(synthesis.getProperty("spring.kafka.streams.state-dir"))
        .isEqualTo("/var/lib/review-synthesis");
    assertThat(synthesis.getProperty("spring.kafka.streams.cleanup.on-shutdown"))
        .isEqualTo("false");
    assertThat(synthesis.getProperty("spring.kafka.streams.replication-factor"))
        .isEqualTo(settings.get("topics.replication-factor"));
    ConfigurableEnvironment coordinator =
        SpringEnvironment.of(
            "coordinator", PodEnvironment.of(k8s, k8s.get("Deployment", "coordinator")));
    assertThat(coordinator.getProperty("server.address")).isEqualTo("0.0.0.0");
    assertThat(coordinator.getProperty("review.security.api-keys"))
        .isEqualTo("<secret:review-panel-secrets/api-keys>");
    assertThat(coordinator.getProperty("review.topics.replication-factor"))
        .isEqualTo(settings.get("topics.replication-factor"));
    ConfigurableEnvironment gateway =
        SpringEnvironment.of(
            "scm-gateway", PodEnvironment.of(k8s, k8s.get("Deployment", "scm-gateway")));
    assertThat(Binder.get(gateway).bind("review.gateway.retry.attempts", Integer.class).get())
        .isEqualTo(Integer.parseInt(String.valueOf(settings.get("gateway.retry-attempts"))));
    assertThat(gateway.getProperty("review.gateway.github.api-url"))
        .isEqualTo(settings.get("gateway.github-api-url"));
    assertThat(gateway.getProperty("review.gateway.github.webhook-secret"))
        .isEqualTo("<secret:review-panel-scm/github-webhook-secret>");
    assertThat(gateway.getProperty("review.gateway.gitlab.token"))
        .isEqualTo("<secret:review-panel-scm/gitlab-token>");
    assertThat(gateway.getProperty("server.address")).isEqualTo("0.0.0.0");
  }

  @Test
  void shouldBindComposesSettingsInEveryService() {
    ComposeFile compose = ComposeFile.load();
    int partitions = Integer.parseInt(compose.environment("kafka-init").get("REVIEW_PARTITIONS"));
    for (ServiceConfig service : ServiceConfig.all().toList()) {
      ConfigurableEnvironment env =
          SpringEnvironment.of(service.name(), compose.environment(service.name()));
      assertCommonSettings(service, env, "kafka:9092", partitions);
      if (service.isWorker()) {
        WorkerProperties worker =
            Binder.get(env).bind("review.worker", WorkerProperties.class).get();
        assertThat(worker.retry().attempts())
            .isEqualTo(
                Integer.parseInt(
                    compose.environment("kafka-init").get("REVIEW_WORKER_RETRY_ATTEMPTS")));
        assertThat(worker.taskBudget()).isLessThan(Duration.ofSeconds(60));
      }
    }
    assertThat(
            SpringEnvironment.of("coordinator", compose.environment("coordinator"))
                .getProperty("server.address"))
        .isEqualTo("0.0.0.0");
  }

  private static void assertCommonSettings(
      ServiceConfig service, ConfigurableEnvironment env, Object bootstrap, int partitions) {
    assertThat(env.getProperty("server.port", Integer.class))
        .as(service.name())
        .isEqualTo(service.port());
    assertThat(env.getProperty("spring.kafka.bootstrap-servers"))
        .as(service.name())
        .isEqualTo(bootstrap);
    assertThat(Binder.get(env).bind("review.topics.partitions", Integer.class).get())
        .as(service.name())
        .isEqualTo(partitions);
    assertThat(env.getProperty("spring.application.name")).isEqualTo(service.name());
  }
}
