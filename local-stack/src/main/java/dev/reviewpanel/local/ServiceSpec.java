package dev.reviewpanel.local;

import dev.reviewpanel.bug.BugWorkerApplication;
import dev.reviewpanel.coordinator.CoordinatorApplication;
import dev.reviewpanel.gateway.ScmGatewayApplication;
import dev.reviewpanel.performance.PerformanceWorkerApplication;
import dev.reviewpanel.security.SecurityWorkerApplication;
import dev.reviewpanel.synthesis.SynthesisApplication;
import java.util.List;

/**
 * One service of the local stack: its Spring Boot application class and the name of its config file
 * ({@code spring.config.name}), so several services can share one classpath.
 */
public record ServiceSpec(String name, Class<?> application, String configName) {

  /** The six services, in start order: consumers of a topic before its producers. */
  public static List<ServiceSpec> standard() {
    return List.of(
        new ServiceSpec("synthesis", SynthesisApplication.class, SynthesisApplication.CONFIG_NAME),
        new ServiceSpec(
            "security", SecurityWorkerApplication.class, SecurityWorkerApplication.CONFIG_NAME),
        new ServiceSpec("bug", BugWorkerApplication.class, BugWorkerApplication.CONFIG_NAME),
        new ServiceSpec(
            "performance",
            PerformanceWorkerApplication.class,
            PerformanceWorkerApplication.CONFIG_NAME),
        new ServiceSpec(
            "scm-gateway", ScmGatewayApplication.class, ScmGatewayApplication.CONFIG_NAME),
        new ServiceSpec(
            "coordinator", CoordinatorApplication.class, CoordinatorApplication.CONFIG_NAME));
  }
}
