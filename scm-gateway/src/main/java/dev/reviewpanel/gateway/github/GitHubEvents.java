package dev.reviewpanel.gateway.github;

import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import dev.reviewpanel.gateway.webhook.BadPayloadException;
import dev.reviewpanel.gateway.webhook.WebhookDecision;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which GitHub deliveries mean "review this commit": pull_request pushes of a ready PR. */
final class GitHubEvents {

  static final Set<String> REVIEWED =
      Set.of("opened", "synchronize", "reopened", "ready_for_review");

  private GitHubEvents() {}

  static WebhookDecision decide(String event, String deliveryId, JsonNode payload) {
    if (event == null || event.isBlank()) {
      throw new BadPayloadException("the delivery has no X-GitHub-Event header");
    }
    if (!event.equals("pull_request")) {
      return WebhookDecision.ignore("event '" + event + "' is not reviewed");
    }
    String action = payload.path("action").asString("");
    if (!REVIEWED.contains(action)) {
      return WebhookDecision.ignore("pull_request action '" + action + "' is not reviewed");
    }
    JsonNode pr = payload.path("pull_request");
    if (pr.path("draft").asBoolean(false)) {
      return WebhookDecision.ignore("draft pull request: reviewed once it is ready for review");
    }
    if (!"open".equals(pr.path("state").asString("open"))) {
      return WebhookDecision.ignore("the pull request is " + pr.path("state").asString());
    }
    String repository =
        required(payload.path("repository").path("full_name"), "repository.full_name");
    String number = required(pr.path("number"), "pull_request.number");
    String head = required(pr.path("head").path("sha"), "pull_request.head.sha");
    String base = pr.path("base").path("sha").asString(null);
    String ref = pr.path("head").path("ref").asString(null);
    return WebhookDecision.review(
        new Push(
            new PullRequest(Provider.GITHUB, repository, number), head, base, ref, deliveryId));
  }

  private static String required(JsonNode node, String name) {
    String value = node.isMissingNode() || node.isNull() ? "" : node.asString("");
    if (value.isBlank()) {
      throw new BadPayloadException("the pull_request payload has no " + name);
    }
    return value;
  }
}
