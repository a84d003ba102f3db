package dev.reviewpanel.coordinator.validation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Values used when a request leaves them out. */
@Validated
@ConfigurationProperties("review.defaults")
public record DefaultsProperties(@DefaultValue("PT2M") @NotNull Duration timeout) {}
