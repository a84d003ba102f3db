package dev.reviewpanel.gateway.scm;

import java.util.List;
import java.util.Optional;

/**
 * The calls the gateway makes on a code host. Every method may throw {@link
 * ProviderUnavailableException} (rate limits, 5xx, network: worth retrying later) or {@link
 * ProviderRejectedException} (the provider refused the call: retrying will not help).
 */
public interface ScmClient {

  Provider provider();

  PullRequestState state(PullRequest pullRequest);

  /** Every file the pull request changes, all pages. */
  List<ChangedFile> changedFiles(PullRequest pullRequest);

  /** The file's bytes at {@code sha}, or empty when it does not exist there. */
  Optional<byte[]> fileAt(PullRequest pullRequest, String path, String sha);

  /** The comments on lines of the diff, all pages. */
  List<PostedComment> inlineComments(PullRequest pullRequest);

  /** The pull request's general comments (notes), all pages. */
  List<PostedComment> comments(PullRequest pullRequest);

  /**
   * Posts {@code comments} as one review (GitHub) or one discussion each (GitLab), anchored to the
   * new side of the diff between {@code state}'s base and head.
   *
   * @throws AnchorsRefusedException naming the comments the provider would not place on the diff;
   *     the others are posted
   */
  void postInlineComments(
      PullRequest pullRequest,
      PullRequestState state,
      String summary,
      List<InlineComment> comments);

  PostedComment createComment(PullRequest pullRequest, String body);

  void editComment(PullRequest pullRequest, String commentId, String body);

  void setStatus(PullRequest pullRequest, CommitStatus status);
}
