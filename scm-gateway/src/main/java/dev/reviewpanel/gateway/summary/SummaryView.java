package dev.reviewpanel.gateway.summary;

import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import java.util.List;
import java.util.Map;

/**
 * Everything one summary shows about a report.
 *
 * @param commented findings commented inline on this push
 * @param outsideDiff counted findings on lines the pull request does not add
 * @param alreadyCommented counted findings commented inline on an earlier push
 * @param resolved findings that were open and are gone, with their labels
 * @param notReviewed changed files the review did not get, or null when not known
 * @param reportUrl the full report, or null
 * @param anchorFailure why the provider refused the inline comments, or null
 */
public record SummaryView(
    ReviewReport report,
    String sha,
    List<Finding> commented,
    List<Finding> outsideDiff,
    List<Finding> alreadyCommented,
    Map<String, String> resolved,
    List<NotReviewed> notReviewed,
    int suppressed,
    String reportUrl,
    String anchorFailure) {}
