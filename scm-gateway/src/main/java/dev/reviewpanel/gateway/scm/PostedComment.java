package dev.reviewpanel.gateway.scm;

/** A comment already on a pull request, as the provider returns it. */
public record PostedComment(String id, String body) {}
