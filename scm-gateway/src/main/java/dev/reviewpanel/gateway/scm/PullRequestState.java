package dev.reviewpanel.gateway.scm;

/**
 * What the provider says about a pull request now.
 *
 * @param baseSha the target branch commit the diff is computed against
 * @param startSha GitLab's start of the diff (the target branch when the diff was computed); the
 *     base sha on GitHub
 */
public record PullRequestState(
    String headSha, String baseSha, String startSha, boolean open, boolean draft) {}
