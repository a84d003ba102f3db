package dev.reviewpanel.coordinator.intake;

import dev.reviewpanel.coordinator.SliceConfig;
import dev.reviewpanel.coordinator.backpressure.Backlog;
import dev.reviewpanel.coordinator.backpressure.IntakeGate;
import dev.reviewpanel.coordinator.planning.AgentRegistry;
import dev.reviewpanel.coordinator.planning.LanguageDetector;
import dev.reviewpanel.coordinator.planning.ReviewPlanner;
import dev.reviewpanel.coordinator.planning.ReviewScope;
import dev.reviewpanel.coordinator.readmodel.ReviewStore;
import dev.reviewpanel.coordinator.validation.RequestValidator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What the submission controller's web slice needs besides the controller. */
@TestConfiguration(proxyBeanMethods = false)
@Import({
  ReviewIntake.class,
  RequestBodyReader.class,
  RawDiffRequests.class,
  RequestValidator.class,
  AgentRegistry.class,
  ReviewPlanner.class,
  ReviewScope.class,
  LanguageDetector.class,
  ReviewStore.class,
  RequestOutcomes.class,
  Backlog.class,
  IntakeGate.class,
  SliceConfig.class
})
class IntakeSlice {}
