package dev.reviewpanel.fakes;

/** A commit status as a fake provider received it. */
public record FakeStatus(
    String sha, String state, String context, String description, String targetUrl) {}
