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
 * @param maxReportsInMemory full reports kept; older reviews keep only status and counts
 * @param streamTimeout how long an event stream stays open at most
 * @param streamQueueCapacity live events one stream may fall behind before it is cut off
 * @param streamThreads threads writing to all event streams
 * @param fetchMinBytes the read model's consumer waits for this much data per fetch...
 * @param fetchMaxWait ...or this long, whichever comes first: how late the view may be
 */
@Validated
@ConfigurationProperties("review.readmodel")
public record ReadModelProperties(
    String groupId,
    @DefaultValue("10000") @Min(1) int maxReviews,
    @DefaultValue("2000") @Min(10) int maxEventsPerReview,
    @DefaultValue("1000") @Min(1) int maxReportsInMemory,
    @DefaultValue("PT15M") @NotNull Duration streamTimeout,
    @DefaultValue("256") @Min(1) int streamQueueCapacity,
    @DefaultValue("4") @Min(1) int streamThreads,
    @DefaultValue("65536") @Min(1) int fetchMinBytes,
    @DefaultValue("20ms") @NotNull Duration fetchMaxWait) {

  public ReadModelProperties {
    groupId =
        groupId == null || groupId.isBlank()
            ? "coordinator-readmodel-" + UUID.randomUUID()
            : groupId;
  }
}
