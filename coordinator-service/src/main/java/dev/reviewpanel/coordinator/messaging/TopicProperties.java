package dev.reviewpanel.coordinator.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the coordinator's topics are created.
 *
 * @param partitions partitions of every topic the coordinator declares (caps consumer replicas)
 * @param maxMessageBytes the largest record the coordinator writes; set as the producer's {@code
 *     max.request.size} and the topics' {@code max.message.bytes}
 */
@Validated
@ConfigurationProperties("review.topics")
public record TopicProperties(
    @DefaultValue("3") @Min(1) int partitions,
    @DefaultValue("1") @Min(1) short replicationFactor,
    @DefaultValue("4MB") @NotNull DataSize maxMessageBytes) {}
