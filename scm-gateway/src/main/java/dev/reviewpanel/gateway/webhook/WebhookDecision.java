package dev.reviewpanel.gateway.webhook;

import dev.reviewpanel.gateway.scm.Push;

/** What an authentic delivery asks for: a review of a push, or nothing (and why). */
public sealed interface WebhookDecision {

  record Review(Push push) implements WebhookDecision {}

  record Ignore(String reason) implements WebhookDecision {}

  static WebhookDecision review(Push push) {
    return new Review(push);
  }

  static WebhookDecision ignore(String reason) {
    return new Ignore(reason);
  }
}
