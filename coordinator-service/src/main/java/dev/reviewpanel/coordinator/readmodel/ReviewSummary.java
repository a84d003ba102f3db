package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.events.SourceRef;
import java.time.Instant;

/**
 * One line of the recent reviews list: where a review stands, without its findings.
 *
 * @param decision APPROVE, REQUEST_CHANGES or REJECT once reported, else null
 * @param riskScore 0-100 once reported, else null
 * @param findings findings so far: the agents' counts while running, the report's afterwards
 * @param agents agents planned (or reported) for the review
 */
public record ReviewSummary(
    String reviewId,
    ReviewStatus status,
    String decision,
    Integer riskScore,
    SourceRef source,
    Instant submittedAt,
    Instant completedAt,
    int findings,
    int agents) {}
