package dev.reviewpanel.gateway.intake;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What one review request may hold: the coordinator's intake limits (keep them equal to its {@code
 * review.limits.*}), and the size of one record on {@code review-requests}. Files past a limit are
 * left out and named in the summary; the request is never refused for them.
 *
 * @param maxRequestBytes the serialized request, below the topic's {@code max.message.bytes}
 */
@Validated
@ConfigurationProperties("review.gateway.limits")
public record ReviewLimits(
    @DefaultValue("500") @Min(1) int maxFiles,
    @DefaultValue("1MB") @NotNull DataSize maxFileBytes,
    @DefaultValue("10MB") @NotNull DataSize maxTotalBytes,
    @DefaultValue("10000") @Min(1) int maxLineLength,
    @DefaultValue("3900KB") @NotNull DataSize maxRequestBytes) {}
