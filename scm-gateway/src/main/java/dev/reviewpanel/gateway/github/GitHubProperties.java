package dev.reviewpanel.gateway.github;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * GitHub (or GitHub Enterprise Server) settings. The secrets come from the environment: {@code
 * REVIEW_GATEWAY_GITHUB_TOKEN}, {@code REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET}.
 *
 * @param apiUrl {@code https://api.github.com}, or {@code https://HOST/api/v3} for Enterprise
 * @param token a GitHub App installation token or a fine-grained token (read contents and pull
 *     requests, write pull requests and commit statuses)
 * @param webhookSecret the secret set on the webhook; without it every delivery is refused
 */
@Validated
@ConfigurationProperties("review.gateway.github")
public record GitHubProperties(
    @DefaultValue("https://api.github.com") @NotNull URI apiUrl,
    String token,
    String webhookSecret,
    @DefaultValue("30s") @NotNull Duration timeout) {

  public boolean webhooksEnabled() {
    return webhookSecret != null && !webhookSecret.isBlank();
  }

  public boolean tokenSet() {
    return token != null && !token.isBlank();
  }
}
