package dev.reviewpanel.gateway.gitlab;

import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import dev.reviewpanel.gateway.webhook.BadPayloadException;
import dev.reviewpanel.gateway.webhook.WebhookDecision;
import tools.jackson.databind.JsonNode;

/**
 * Which GitLab deliveries mean "review this commit": merge request hooks that open or reopen a
 * ready merge request, push new commits to it ({@code oldrev} set), or mark it ready.
 */
final class GitLabEvents {

  private GitLabEvents() {}

  static WebhookDecision decide(String deliveryId, JsonNode payload) {
    String kind = payload.path("object_kind").asString("");
    if (!kind.equals("merge_request")) {
      return WebhookDecision.ignore("event '" + kind + "' is not reviewed");
    }
    JsonNode mr = payload.path("object_attributes");
    String action = mr.path("action").asString("");
    boolean reviewed =
        switch (action) {
          case "open", "reopen" -> true;
          case "update" -> mr.hasNonNull("oldrev") || markedReady(payload);
          default -> false;
        };
    if (!reviewed) {
      return WebhookDecision.ignore(
          action.equals("update")
              ? "merge request update without new commits"
              : "merge request action '" + action + "' is not reviewed");
    }
    if (mr.path("draft").asBoolean(mr.path("work_in_progress").asBoolean(false))) {
      return WebhookDecision.ignore("draft merge request: reviewed once it is marked ready");
    }
    if (!"opened".equals(mr.path("state").asString("opened"))) {
      return WebhookDecision.ignore("the merge request is " + mr.path("state").asString());
    }
    String project =
        required(
            payload.path("project").path("path_with_namespace"), "project.path_with_namespace");
    String iid = required(mr.path("iid"), "object_attributes.iid");
    String head = required(mr.path("last_commit").path("id"), "object_attributes.last_commit.id");
    String ref = mr.path("source_branch").asString(null);
    return WebhookDecision.review(
        new Push(new PullRequest(Provider.GITLAB, project, iid), head, null, ref, deliveryId));
  }

  private static boolean markedReady(JsonNode payload) {
    JsonNode draft = payload.path("changes").path("draft");
    return draft.path("previous").asBoolean(false) && !draft.path("current").asBoolean(true);
  }

  private static String required(JsonNode node, String name) {
    String value = node.isMissingNode() || node.isNull() ? "" : node.asString("");
    if (value.isBlank()) {
      throw new BadPayloadException("the merge request payload has no " + name);
    }
    return value;
  }
}
