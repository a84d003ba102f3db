package dev.reviewpanel.gateway.summary;

import dev.reviewpanel.gateway.scm.PostedComment;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.ScmClient;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one summary comment per pull request, found by its hidden marker and always edited in place,
 * never posted twice.
 */
@Component
public class Summaries {

  /** The gateway's summary on the pull request, if it has posted one. */
  public Optional<PostedComment> find(ScmClient client, PullRequest pr) {
    return client.comments(pr).stream().filter(Markers::isSummary).findFirst();
  }

  public SummaryState state(Optional<PostedComment> summary) {
    return summary.flatMap(c -> Markers.readState(c.body())).orElse(SummaryState.EMPTY);
  }

  /** Shows that {@code sha} is being reviewed and remembers the files left out of its review. */
  public void markInProgress(
      ScmClient client, PullRequest pr, String sha, List<NotReviewed> notReviewed) {
    Optional<PostedComment> summary = find(client, pr);
    SummaryState state = state(summary).pending(sha, notReviewed);
    write(
        client,
        pr,
        summary,
        SummaryRenderer.inProgress(summary.map(PostedComment::body).orElse(null), state, sha));
  }

  public void publish(
      ScmClient client,
      PullRequest pr,
      Optional<PostedComment> summary,
      SummaryView view,
      SummaryState state) {
    write(client, pr, summary, SummaryRenderer.render(view, state));
  }

  private static void write(
      ScmClient client, PullRequest pr, Optional<PostedComment> summary, String body) {
    if (summary.isPresent()) {
      if (!summary.get().body().equals(body)) {
        client.editComment(pr, summary.get().id(), body);
      }
    } else {
      client.createComment(pr, body);
    }
  }
}
