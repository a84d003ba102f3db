package dev.reviewpanel.security;

import dev.reviewpanel.worker.EnableReviewWorker;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The security agent: its analyzers (Java, Python, JavaScript/TypeScript) run on the shared worker
 * runtime, which consumes {@code review-tasks-security} and publishes to {@code review-results}.
 */
@SpringBootApplication
@EnableReviewWorker
public class SecurityWorkerApplication {

  public static final String CONFIG_NAME = "security-worker";

  public static void main(String[] args) {
    new SpringApplicationBuilder(SecurityWorkerApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
