package dev.reviewpanel.synthesis.topology;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Timing of the synthesis.
 *
 * @param sweepInterval how often (wall clock) deadlines and retentions are checked
 * @param retention how long a reported review is kept to swallow late duplicates, and how long
 *     results wait for a plan that never comes
 * @param retryInterval when to try again to report a review whose report could not be built or
 *     emitted at its deadline
 */
@Validated
@ConfigurationProperties("review.synthesis")
public record SynthesisProperties(
    @NotNull @DefaultValue("1s") Duration sweepInterval,
    @NotNull @DefaultValue("1h") Duration retention,
    @NotNull @DefaultValue("30s") Duration retryInterval) {}
