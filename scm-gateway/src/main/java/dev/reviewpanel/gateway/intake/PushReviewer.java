package dev.reviewpanel.gateway.intake;

import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.SourceRef;
import dev.reviewpanel.gateway.jobs.GatewayJob;
import dev.reviewpanel.gateway.jobs.JobHandler;
import dev.reviewpanel.gateway.postback.CommitStatuses;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.PullRequestState;
import dev.reviewpanel.gateway.scm.Push;
import dev.reviewpanel.gateway.scm.ScmClient;
import dev.reviewpanel.gateway.scm.ScmClients;
import dev.reviewpanel.gateway.summary.Summaries;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * A push job: read the pull request at its head commit from the provider, mark the summary and the
 * status as in progress, and enqueue the review. Enqueueing comes last, so a job retried after a
 * rate limit repeats only provider reads and edits that change nothing.
 */
@Component
class PushReviewer implements JobHandler {

  static final String CONFIG_FILE = ".review-panel.yml";
  static final String BASELINE_FILE = ".review-panel-baseline.json";
  private static final Logger log = LoggerFactory.getLogger(PushReviewer.class);

  private final ScmClients clients;
  private final FileSelection selection;
  private final Summaries summaries;
  private final CommitStatuses statuses;
  private final RequestPublisher requests;
  private final Clock clock;

  PushReviewer(
      ScmClients clients,
      ReviewLimits limits,
      Summaries summaries,
      CommitStatuses statuses,
      RequestPublisher requests,
      Clock clock) {
    this.clients = clients;
    this.selection = new FileSelection(limits);
    this.summaries = summaries;
    this.statuses = statuses;
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public GatewayJob.Kind kind() {
    return GatewayJob.Kind.PUSH;
  }

  @Override
  public void handle(GatewayJob job) {
    Push push = job.push();
    PullRequest pr = push.pullRequest();
    ScmClient client = clients.of(pr.provider());
    PullRequestState state = client.state(pr);
    if (!state.open() || state.draft() || !push.headSha().equals(state.headSha())) {
      log.info(
          "Not reviewing {} at {}: the pull request is {} (head {})",
          pr.key(),
          push.headSha(),
          !state.open() ? "closed" : state.draft() ? "a draft again" : "at a newer commit",
          state.headSha());
      return;
    }
    if (push.headSha().equals(summaries.state(summaries.find(client, pr)).reviewedSha())) {
      log.info("{} at {} is reviewed and posted already: nothing to do", pr.key(), push.headSha());
      return;
    }
    String baseSha = push.baseSha() != null ? push.baseSha() : state.baseSha();
    String config = repositoryConfig(client, pr, baseSha);
    Baseline baseline = baseline(client, pr, baseSha);
    long reserved =
        4096
            + (config == null ? 0 : config.length() * 2L)
            + EventJson.mapper().writeValueAsBytes(baseline).length;
    FileSelection.Selection selected =
        selection.select(client, pr, push.headSha(), client.changedFiles(pr), reserved);
    summaries.markInProgress(client, pr, push.headSha(), selected.notReviewed());
    if (selected.files().isEmpty()) {
      client.setStatus(
          pr,
          statuses.nothingToReview(
              push.headSha(),
              "Nothing to review: "
                  + selected.notReviewed().size()
                  + " changed file(s), all removed, binary or left out"));
      return;
    }
    client.setStatus(
        pr,
        statuses.pending(
            push.headSha(),
            push.reviewId(),
            "Review in progress: " + selected.files().size() + " file(s)"));
    requests.publish(
        new ReviewRequest(
            ReviewRequest.SCHEMA_VERSION,
            clock.instant(),
            push.reviewId(),
            push.idempotencyKey(),
            new SourceRef(pr.repository(), pr.number(), push.headSha(), push.headRef()),
            selected.files(),
            selected.diff(),
            null,
            null,
            config,
            null,
            baseline));
    log.info(
        "Review {} of {} at {} enqueued: {} file(s), {} not reviewed",
        push.reviewId(),
        pr.key(),
        push.headSha(),
        selected.files().size(),
        selected.notReviewed().size());
  }

  // read from the target branch: a pull request cannot switch off checks on itself
  private String repositoryConfig(ScmClient client, PullRequest pr, String baseSha) {
    if (baseSha == null || baseSha.isBlank()) {
      return null;
    }
    // sent as it is, however large or wrong: the coordinator refuses an invalid one with the reason
    return client
        .fileAt(pr, CONFIG_FILE, baseSha)
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .orElse(null);
  }

  // the accepted findings of the target branch; a file that is not a baseline fails the job
  private Baseline baseline(ScmClient client, PullRequest pr, String baseSha) {
    if (baseSha == null || baseSha.isBlank()) {
      return Baseline.EMPTY;
    }
    return client
        .fileAt(pr, BASELINE_FILE, baseSha)
        .map(
            bytes -> {
              try {
                return EventJson.mapper().readValue(bytes, Baseline.class);
              } catch (JacksonException e) {
                throw new IllegalStateException(
                    BASELINE_FILE
                        + " of "
                        + pr.key()
                        + " is not a baseline: "
                        + e.getOriginalMessage(),
                    e);
              }
            })
        .orElse(Baseline.EMPTY);
  }
}
