package dev.reviewpanel.local.accessibility;

import dev.reviewpanel.worker.EnableReviewWorker;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A fourth agent that exists only in this test: proof that agents are open-ended. */
@SpringBootApplication
@EnableReviewWorker
public class AccessibilityWorkerApplication {

  public static final String CONFIG_NAME = "accessibility-worker";
}
