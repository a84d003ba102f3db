package dev.reviewpanel.gateway.postback;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.gateway.jobs.GatewayJob;
import dev.reviewpanel.gateway.jobs.JobHandler;
import dev.reviewpanel.gateway.scm.AnchorsRefusedException;
import dev.reviewpanel.gateway.scm.PostedComment;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.PullRequestState;
import dev.reviewpanel.gateway.scm.ScmClient;
import dev.reviewpanel.gateway.scm.ScmClients;
import dev.reviewpanel.gateway.summary.Markers;
import dev.reviewpanel.gateway.summary.Summaries;
import dev.reviewpanel.gateway.summary.SummaryState;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A report job: comment the new findings inline, edit the summary, set the commit status. What was
 * posted before is read back from the pull request's comments, so a retried or repeated job posts
 * nothing twice. A report about a commit the pull request has moved past only sets that commit's
 * status: its comments would sit on an outdated diff.
 */
@Component
class ReportPoster implements JobHandler {

  private static final Logger log = LoggerFactory.getLogger(ReportPoster.class);

  private final ScmClients clients;
  private final Summaries summaries;
  private final CommitStatuses statuses;
  private final StatusProperties properties;

  ReportPoster(
      ScmClients clients,
      Summaries summaries,
      CommitStatuses statuses,
      StatusProperties properties) {
    this.clients = clients;
    this.summaries = summaries;
    this.statuses = statuses;
    this.properties = properties;
  }

  @Override
  public GatewayJob.Kind kind() {
    return GatewayJob.Kind.REPORT;
  }

  @Override
  public void handle(GatewayJob job) {
    ReviewReport report = job.report();
    PullRequest pr = job.pullRequest();
    String sha = report.source().commit();
    ScmClient client = clients.of(pr.provider());
    PullRequestState state = client.state(pr);
    if (!sha.equals(state.headSha())) {
      if (!job.summaryRevision()) {
        client.setStatus(pr, statuses.of(report, sha));
      }
      log.info("{} moved on to {}: only the status of {} is set", pr.key(), state.headSha(), sha);
      return;
    }
    Anchors anchors = Anchors.of(client.changedFiles(pr));
    Set<String> posted = Markers.postedFingerprints(client.inlineComments(pr));
    Optional<PostedComment> summary = summaries.find(client, pr);
    SummaryState previous = summaries.state(summary);
    PostPlan plan = PostPlan.of(report, anchors, posted, previous);
    if (job.summaryRevision() && plan.comments().isEmpty()) {
      log.debug("Report revision of {} brings nothing new to post", report.reviewId());
      return;
    }
    if (!plan.comments().isEmpty()) {
      try {
        client.postInlineComments(pr, state, reviewBody(plan), plan.comments());
      } catch (AnchorsRefusedException e) {
        log.warn(
            "{} refused {} inline comment(s) on {}: {}",
            pr.provider().displayName(),
            e.refused().size(),
            pr.key(),
            e.getMessage());
        plan = plan.unanchored(e.refused(), e.getMessage());
      }
    }
    summaries.publish(
        client,
        pr,
        summary,
        plan.view(
            report, sha, previous.notReviewedFor(sha), properties.reportUrl(report.reviewId())),
        plan.state(report, sha, previous));
    client.setStatus(pr, statuses.of(report, sha));
    log.info(
        "Posted review {} on {}: {} new comment(s), {} outside the diff, {} resolved",
        report.reviewId(),
        pr.key(),
        plan.comments().size(),
        plan.outsideDiff().size(),
        plan.resolved().size());
  }

  private static String reviewBody(PostPlan plan) {
    return "Review Panel: "
        + plan.comments().size()
        + " new finding(s) on changed lines. The summary comment has the rest.";
  }
}
