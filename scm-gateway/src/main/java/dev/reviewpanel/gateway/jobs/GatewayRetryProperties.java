package dev.reviewpanel.gateway.jobs;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retries of jobs the provider could not serve (rate limits, 5xx, unreachable): {@code attempts -
 * 1} retry topics with exponential back-off, then the dead letters.
 *
 * @param maxRetryAfter the longest wait a provider's {@code Retry-After} or reset time may impose
 */
@Validated
@ConfigurationProperties("review.gateway.retry")
public record GatewayRetryProperties(
    @DefaultValue("4") @Min(1) int attempts,
    @DefaultValue("10s") @NotNull Duration initialBackoff,
    @DefaultValue("3.0") @DecimalMin("1.0") double multiplier,
    @DefaultValue("10m") @NotNull Duration maxBackoff,
    @DefaultValue("1h") @NotNull Duration maxRetryAfter) {}
