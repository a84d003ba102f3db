package dev.reviewpanel.worker.testapp;

import dev.reviewpanel.worker.EnableReviewWorker;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A worker as the agent modules write one: an application, the annotation, and analyzers. */
@SpringBootApplication
@EnableReviewWorker
public class TestWorkerApplication {

  public static final String CONFIG_NAME = "testagent-worker";
}
