package dev.reviewpanel.gateway.webhook;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are taken.
 *
 * @param maxBodySize larger deliveries are refused with 413 (GitHub caps payloads at 25 MB)
 * @param rememberedDeliveries how many delivery ids one instance remembers to refuse replays
 * @param deliveryMemory how long a delivery id is remembered
 * @param enqueueTimeout how long a delivery waits for Kafka to take its job before 503
 */
@Validated
@ConfigurationProperties("review.gateway.webhooks")
public record WebhookProperties(
    @DefaultValue("10MB") @NotNull DataSize maxBodySize,
    @DefaultValue("100000") @Min(1) int rememberedDeliveries,
    @DefaultValue("24h") @NotNull Duration deliveryMemory,
    @DefaultValue("10s") @NotNull Duration enqueueTimeout) {}
