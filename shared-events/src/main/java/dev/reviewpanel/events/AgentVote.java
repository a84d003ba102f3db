package dev.reviewpanel.events;

/**
 * One agent's vote on a review, derived from its own findings.
 *
 * @param vote what the agent would decide on its own
 * @param confidence how sure it is (from its findings' confidence and how complete its analysis
 *     was)
 * @param reason one line, e.g. {@code "2 high-severity injection findings on traced paths"}
 */
public record AgentVote(ReviewReport.Decision vote, Confidence confidence, String reason) {}
