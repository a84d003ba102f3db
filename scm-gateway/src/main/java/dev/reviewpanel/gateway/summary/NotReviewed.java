package dev.reviewpanel.gateway.summary;

/** A changed file the review did not get, and why (removed, binary, over a limit...). */
public record NotReviewed(String path, String reason) {}
