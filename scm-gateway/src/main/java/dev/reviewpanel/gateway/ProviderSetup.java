package dev.reviewpanel.gateway;

import dev.reviewpanel.gateway.github.GitHubProperties;
import dev.reviewpanel.gateway.gitlab.GitLabProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says which providers the gateway can serve. It starts without any secret or token: a provider
 * without its webhook secret refuses every delivery, one without a token calls its API anonymously.
 */
@Component
class ProviderSetup {

  private static final Logger log = LoggerFactory.getLogger(ProviderSetup.class);

  private final GitHubProperties github;
  private final GitLabProperties gitlab;

  ProviderSetup(GitHubProperties github, GitLabProperties gitlab) {
    this.github = github;
    this.gitlab = gitlab;
  }

  /** One line per provider: its API, and whether webhooks and the token are set. */
  List<String> describe() {
    return List.of(
        line(
            "GitHub",
            github.apiUrl().toString(),
            github.webhooksEnabled(),
            "REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET",
            github.tokenSet(),
            "REVIEW_GATEWAY_GITHUB_TOKEN"),
        line(
            "GitLab",
            gitlab.apiUrl().toString(),
            gitlab.webhooksEnabled(),
            "REVIEW_GATEWAY_GITLAB_WEBHOOKTOKEN",
            gitlab.tokenSet(),
            "REVIEW_GATEWAY_GITLAB_TOKEN"));
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    describe().forEach(log::info);
  }

  private static String line(
      String name,
      String api,
      boolean webhooks,
      String secretVariable,
      boolean token,
      String tokenVariable) {
    return name
        + " ("
        + api
        + "): webhooks "
        + (webhooks ? "on" : "off, set " + secretVariable)
        + "; API token "
        + (token ? "set" : "not set (anonymous calls), set " + tokenVariable);
  }
}
