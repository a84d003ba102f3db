package dev.reviewpanel.gateway.gitlab;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * GitLab (gitlab.com or self-managed) settings. The secrets come from the environment: {@code
 * REVIEW_GATEWAY_GITLAB_TOKEN}, {@code REVIEW_GATEWAY_GITLAB_WEBHOOKTOKEN}.
 *
 * @param apiUrl {@code https://gitlab.com/api/v4}, or {@code https://HOST/api/v4} when self-managed
 * @param token a project or group access token with the {@code api} scope, role Developer
 * @param webhookToken the secret token set on the webhook; without it every delivery is refused
 */
@Validated
@ConfigurationProperties("review.gateway.gitlab")
public record GitLabProperties(
    @DefaultValue("https://gitlab.com/api/v4") @NotNull URI apiUrl,
    String token,
    String webhookToken,
    @DefaultValue("30s") @NotNull Duration timeout) {

  public boolean webhooksEnabled() {
    return webhookToken != null && !webhookToken.isBlank();
  }

  public boolean tokenSet() {
    return token != null && !token.isBlank();
  }
}
