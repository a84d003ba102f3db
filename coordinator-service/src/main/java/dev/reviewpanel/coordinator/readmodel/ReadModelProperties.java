package dev.reviewpanel.coordinator.readmodel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-memory view of reviews.
 *
 * @param groupId consumer group of this instance; unique per instance so every replica sees
 *     everything
 * @param maxReviews reviews kept; the oldest are forgotten first
 * @param maxEventsPerReview events kept per review for replay; FINDING events beyond it are dropped
 * @param streamTimeout how long an event stream stays open at most
 */
@Validated
@ConfigurationProperties("review.readmodel")
public record ReadModelProperties(
    String groupId,
    @DefaultValue("10000") @Min(1) int maxReviews,
    @DefaultValue("2000") @Min(10) int maxEventsPerReview,
    @DefaultValue("PT15M") @NotNull Duration streamTimeout) {

  public ReadModelProperties {
    groupId =
        groupId == null || groupId.isBlank()
            ? "coordinator-readmodel-" + UUID.randomUUID()
            : groupId;
  }
}
