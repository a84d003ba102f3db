package dev.reviewpanel.synthesis.topology;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic layout shared by all services.
 *
 * @param partitions partitions of every review topic; plans and results must match (co-partitioned)
 */
@Validated
@ConfigurationProperties("review.topics")
public record TopicsProperties(@Min(1) @DefaultValue("3") int partitions) {}
