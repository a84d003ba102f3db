package dev.reviewpanel.gateway.scm;

import java.util.Locale;

/** A code host the gateway speaks to. */
public enum Provider {
  GITHUB,
  GITLAB;

  /** The lower-case name used in idempotency keys, URLs and metrics. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String displayName() {
    return this == GITHUB ? "GitHub" : "GitLab";
  }
}
