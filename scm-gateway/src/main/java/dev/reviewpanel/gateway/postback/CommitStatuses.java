package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.gateway.scm.CommitState;
import dev.reviewpanel.gateway.scm.CommitStatus;
import org.springframework.stereotype.Component;

/** The commit status for a review in progress, or from a report's decision. */
@Component
public class CommitStatuses {

  private final StatusProperties properties;

  CommitStatuses(StatusProperties properties) {
    this.properties = properties;
  }

  public CommitStatus pending(String sha, String reviewId, String description) {
    return new CommitStatus(
        sha,
        CommitState.PENDING,
        properties.context(),
        description,
        properties.reportUrl(reviewId));
  }

  public CommitStatus nothingToReview(String sha, String description) {
    return new CommitStatus(sha, CommitState.SUCCESS, properties.context(), description, null);
  }

  public CommitStatus of(ReviewReport report, String sha) {
    return new CommitStatus(
        sha,
        state(report),
        properties.context(),
        description(report),
        properties.reportUrl(report.reviewId()));
  }

  CommitState state(ReviewReport report) {
    if (report.status() == ReviewReport.Status.FAILED || report.decision() == null) {
      return CommitState.ERROR;
    }
    boolean fails =
        switch (report.decision()) {
          case APPROVE -> false;
          case REQUEST_CHANGES -> properties.failOn() == StatusProperties.FailOn.REQUEST_CHANGES;
          case REJECT -> properties.failOn() != StatusProperties.FailOn.NEVER;
        };
    return fails ? CommitState.FAILURE : CommitState.SUCCESS;
  }

  // the first line of the summary says the verdict and its reason: "Changes requested: 1 high..."
  private static String description(ReviewReport report) {
    String summary = report.summary() == null ? "" : report.summary().strip();
    int newline = summary.indexOf('\n');
    String first = newline < 0 ? summary : summary.substring(0, newline);
    String status =
        report.status() == ReviewReport.Status.COMPLETE ? "" : " (" + report.status() + ")";
    return (first.isBlank() ? report.decision() + ", risk " + report.riskScore() + "/100" : first)
        + status;
  }
}
