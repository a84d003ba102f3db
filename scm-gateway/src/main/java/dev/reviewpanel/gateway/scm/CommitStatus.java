package dev.reviewpanel.gateway.scm;

/**
 * The gateway's status on a commit (GitHub commit status, GitLab commit status).
 *
 * @param context the status's name, the same on every commit so each push replaces the last
 * @param targetUrl where "Details" leads (the full report), or null
 */
public record CommitStatus(
    String sha, CommitState state, String context, String description, String targetUrl) {}
