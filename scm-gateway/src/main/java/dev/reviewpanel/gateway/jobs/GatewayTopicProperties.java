package dev.reviewpanel.gateway.jobs;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway's topics are created, with the same keys as every service's.
 *
 * @param maxMessageBytes the largest record: a job carries a whole report, a request whole files
 */
@Validated
@ConfigurationProperties("review.topics")
public record GatewayTopicProperties(
    @DefaultValue("3") @Min(1) int partitions,
    @DefaultValue("1") @Min(1) short replicationFactor,
    @DefaultValue("4MB") @NotNull DataSize maxMessageBytes) {}
