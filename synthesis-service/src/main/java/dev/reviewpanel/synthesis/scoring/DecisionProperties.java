package dev.reviewpanel.synthesis.scoring;

import dev.reviewpanel.events.Severity;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Severity thresholds of the verdict.
 *
 * @param rejectAt any finding at least this severe rejects the change
 * @param requestChangesAt any finding at least this severe (and none at reject level) requests
 *     changes
 */
@Validated
@ConfigurationProperties("review.decision")
public record DecisionProperties(
    @NotNull @DefaultValue("CRITICAL") Severity rejectAt,
    @NotNull @DefaultValue("HIGH") Severity requestChangesAt) {}
