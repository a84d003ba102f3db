package dev.reviewpanel.worker;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this worker declares are created.
 *
 * @param partitions partitions of every topic the worker declares; caps the worker's replicas
 * @param replicationFactor -1 leaves it to the broker's {@code default.replication.factor}
 */
@Validated
@ConfigurationProperties("review.topics")
public record TopicProperties(
    @Min(1) @Max(1000) @DefaultValue("3") int partitions,
    @Min(-1) @Max(32) @DefaultValue("-1") short replicationFactor) {}
