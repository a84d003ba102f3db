package dev.reviewpanel.gateway.gitlab;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.webhook.Signatures;
import dev.reviewpanel.gateway.webhook.WebhookAnswer;
import dev.reviewpanel.gateway.webhook.WebhookDecision;
import dev.reviewpanel.gateway.webhook.WebhookIntake;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/gitlab}: deliveries carrying the webhook's secret token in {@code
 * X-Gitlab-Token}, identified by {@code Idempotency-Key} (the same on GitLab's retries) or else
 * {@code X-Gitlab-Event-UUID}.
 */
@RestController
class GitLabWebhookController {

  private final GitLabProperties properties;
  private final WebhookIntake intake;

  GitLabWebhookController(GitLabProperties properties, WebhookIntake intake) {
    this.properties = properties;
    this.intake = intake;
  }

  @PostMapping("/webhooks/gitlab")
  ResponseEntity<WebhookAnswer> deliver(
      HttpServletRequest request,
      @RequestHeader(value = "X-Gitlab-Event", required = false) String event,
      @RequestHeader(value = "X-Gitlab-Token", required = false) String token,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestHeader(value = "X-Gitlab-Event-UUID", required = false) String eventUuid)
      throws IOException {
    String delivery =
        idempotencyKey == null || idempotencyKey.isBlank() ? eventUuid : idempotencyKey;
    return intake.receive(
        Provider.GITLAB,
        request,
        properties.webhooksEnabled()
            ? null
            : "GitLab webhooks are off: set REVIEW_GATEWAY_GITLAB_WEBHOOKTOKEN to the webhook's secret token",
        body -> {
          if (token == null || token.isBlank()) {
            return "the delivery has no X-Gitlab-Token header";
          }
          return Signatures.tokenMatches(properties.webhookToken(), token)
              ? null
              : "X-Gitlab-Token does not match the secret token";
        },
        delivery,
        body ->
            event != null && !event.equals("Merge Request Hook")
                ? WebhookDecision.ignore("event '" + event + "' is not reviewed")
                : GitLabEvents.decide(delivery, EventJson.mapper().readTree(body)));
  }
}
