package dev.reviewpanel.bug;

import dev.reviewpanel.worker.EnableReviewWorker;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The bug agent: analyzers for likely defects, run on the shared worker runtime. */
@SpringBootApplication
@EnableReviewWorker
public class BugWorkerApplication {

  public static final String CONFIG_NAME = "bug-worker";

  public static void main(String[] args) {
    new SpringApplicationBuilder(BugWorkerApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}
