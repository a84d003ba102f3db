package dev.reviewpanel.coordinator.validation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Limits every review request must respect, whatever channel it arrives on. */
@Validated
@ConfigurationProperties("review.limits")
public record LimitsProperties(
    @DefaultValue("500") @Min(1) int maxFiles,
    @DefaultValue("1MB") @NotNull DataSize maxFileBytes,
    @DefaultValue("10MB") @NotNull DataSize maxTotalBytes,
    @DefaultValue("10000") @Min(1) int maxLineLength,
    @DefaultValue("PT30M") @NotNull Duration maxTimeout,
    @DefaultValue("32MB") @NotNull DataSize maxBodyBytes) {}
