package dev.reviewpanel.performance;

import dev.reviewpanel.worker.EnableReviewWorker;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The performance agent: its analyzers on the shared worker runtime. */
@SpringBootApplication
@EnableReviewWorker
public class PerformanceWorkerApplication {

  public static final String CONFIG_NAME = "performance-worker";

  public static void main(String[] args) {
    new SpringApplicationBuilder(PerformanceWorkerApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
