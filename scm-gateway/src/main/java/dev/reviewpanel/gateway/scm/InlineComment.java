package dev.reviewpanel.gateway.scm;

/**
 * A comment on one added line of a pull request's diff (the new side).
 *
 * @param previousPath the file's path before a rename, else the path (GitLab positions need both)
 */
public record InlineComment(String path, String previousPath, int line, String body) {}
