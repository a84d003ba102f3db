package dev.reviewpanel.gateway.github;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.webhook.Signatures;
import dev.reviewpanel.gateway.webhook.WebhookAnswer;
import dev.reviewpanel.gateway.webhook.WebhookIntake;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/github}: deliveries signed with {@code X-Hub-Signature-256} (HMAC-SHA256 of
 * the raw body under the webhook secret), each with its {@code X-GitHub-Delivery} id.
 */
@RestController
class GitHubWebhookController {

  private final GitHubProperties properties;
  private final WebhookIntake intake;

  GitHubWebhookController(GitHubProperties properties, WebhookIntake intake) {
    this.properties = properties;
    this.intake = intake;
  }

  @PostMapping("/webhooks/github")
  ResponseEntity<WebhookAnswer> deliver(
      HttpServletRequest request,
      @RequestHeader(value = "X-GitHub-Event", required = false) String event,
      @RequestHeader(value = "X-GitHub-Delivery", required = false) String delivery,
      @RequestHeader(value = "X-Hub-Signature-256", required = false) String signature)
      throws IOException {
    return intake.receive(
        Provider.GITHUB,
        request,
        properties.webhooksEnabled()
            ? null
            : "GitHub webhooks are off: set REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET to the webhook's secret",
        body -> {
          if (signature == null || signature.isBlank()) {
            return "the delivery is not signed (no X-Hub-Signature-256 header)";
          }
          return Signatures.hmacSha256Matches(properties.webhookSecret(), body, signature)
              ? null
              : "X-Hub-Signature-256 does not match the payload and the secret";
        },
        delivery,
        body -> GitHubEvents.decide(event, delivery, EventJson.mapper().readTree(body)));
  }
}
