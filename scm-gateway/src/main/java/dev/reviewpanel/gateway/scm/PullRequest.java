package dev.reviewpanel.gateway.scm;

/**
 * A pull request (GitHub) or merge request (GitLab).
 *
 * @param repository {@code owner/name} on GitHub, the project's full path on GitLab
 * @param number the pull request number, or the merge request iid
 */
public record PullRequest(Provider provider, String repository, String number) {

  /** {@code <provider>:<repo>:<number>}: the key of every job about this pull request. */
  public String key() {
    return provider.id() + ":" + repository + ":" + number;
  }

  /** {@code <provider>:<repo>:<number>:<headSha>}: one review per pushed commit. */
  public String idempotencyKey(String headSha) {
    return key() + ":" + headSha;
  }
}
