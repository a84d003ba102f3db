package dev.reviewpanel.events;

/** Where the code under review comes from; every field optional. */
public record SourceRef(String repository, String pullRequest, String commit, String ref) {}
