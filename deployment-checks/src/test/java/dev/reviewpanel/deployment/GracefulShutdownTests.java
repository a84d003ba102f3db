package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.convert.DurationStyle;

/**
 * A scale-down never cuts a task short: the pod's grace period covers the preStop pause and
 * Spring's shutdown phase, which covers the tasks a stopping listener still finishes.
 */
class GracefulShutdownTests {

  static final List<String> OVERLAYS = Manifests.RENDERED;

  @ParameterizedTest
  @FieldSource("OVERLAYS")
  void shouldLetTheTaskInHandFinishBeforeThePodIsKilled(String overlay) {
    Manifests k8s = Manifests.render(overlay);
    for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
      ServiceConfig service = ServiceConfig.of(Manifests.name(deployment));
      Map<String, Object> pod = Manifests.podSpec(deployment);
      List<Object> preStop =
          Tree.listAt(Manifests.container(deployment), "lifecycle", "preStop", "exec", "command");
      assertThat(preStop).as("%s preStop", service.name()).hasSize(2).first().isEqualTo("sleep");
      Duration grace =
          Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue());
      Duration shutdown =
          Duration.ofSeconds(Long.parseLong(String.valueOf(preStop.get(1))))
              .plus(service.shutdownPhaseTimeout());
      assertThat(grace)
          .as("%s: grace period > preStop + spring.lifecycle timeout", service.name())
          .isGreaterThan(shutdown);
      if (service.isWorker()) {
        Map<String, String> env = PodEnvironment.of(k8s, deployment);
        Duration budget =
            DurationStyle.detectAndParse(env.getOrDefault("REVIEW_WORKER_TASKBUDGET", "30s"));
        Duration drain =
            DurationStyle.detectAndParse(
                env.getOrDefault("REVIEW_WORKER_CONCURRENCY_DRAINTIMEOUT", "10s"));
        assertThat(drain)
            .as(
                "%s: in-flight tasks may run their whole budget (%s) while draining",
                service.name(), budget)
            .isGreaterThanOrEqualTo(budget);
        assertThat(service.shutdownPhaseTimeout())
            .as("%s: the shutdown phase outlasts the drain (%s)", service.name(), drain)
            .isGreaterThan(drain);
      }
    }
  }
}
