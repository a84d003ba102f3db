package dev.reviewpanel.coordinator.intake;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How submissions travel from the REST API through {@code review-requests} to planning.
 *
 * @param sendTimeout how long a submission may wait for the broker's acknowledgement before the
 *     client gets 503 (the producer's {@code delivery.timeout.ms})
 * @param maxBlock how long a send may wait for metadata or buffer space ({@code max.block.ms})
 * @param idempotencyWindow how far back the planned reviews are remembered, so a repeated key or
 *     review id within it is never planned twice, whichever replica receives it
 * @param maxPollRecords requests planned in one Kafka transaction at most
 */
@Validated
@ConfigurationProperties("review.intake")
public record IntakeProperties(
    @NotNull @DefaultValue("5s") Duration sendTimeout,
    @NotNull @DefaultValue("1s") Duration maxBlock,
    @NotNull @DefaultValue("PT1H") Duration idempotencyWindow,
    @Min(1) @DefaultValue("100") int maxPollRecords) {}
