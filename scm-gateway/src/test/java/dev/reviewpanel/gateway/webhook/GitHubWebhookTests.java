package dev.reviewpanel.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.Webhooks;
import dev.reviewpanel.gateway.GatewayIntegrationSupport;
import dev.reviewpanel.gateway.jobs.JobTopics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GitHubWebhookTests extends GatewayIntegrationSupport {

  private static final String SECRET = "gh-webhook-secret";

  @Test
  void shouldRefuseUnsignedAndBadlySignedDeliveriesAndEnqueueNothing() {
    FakePullRequest pr = pullRequest("acme/unsigned", 1);
    String body = Webhooks.githubPullRequest("opened", "acme/unsigned", pr);

    HttpResponse<String> unsigned =
        deliverGitHub("pull_request", UUID.randomUUID().toString(), body, null);
    HttpResponse<String> forged =
        deliverGitHub(
            "pull_request", UUID.randomUUID().toString(), body, Webhooks.signature("guess", body));
    HttpResponse<String> tampered =
        deliverGitHub(
            "pull_request",
            UUID.randomUUID().toString(),
            body.replace("opened", "reopened"),
            Webhooks.signature(SECRET, body));

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(unsigned.body()).contains("\"outcome\":\"unauthorized\"", "not signed");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(tampered.statusCode()).isEqualTo(401);
    assertThat(records(JobTopics.JOBS)).noneMatch(r -> r.key().equals("github:acme/unsigned:1"));
  }

  @Test
  void shouldRefuseAReplayedDelivery() {
    FakePullRequest pr = pullRequest("acme/replay", 2);
    String body = Webhooks.githubPullRequest("opened", "acme/replay", pr);
    String delivery = UUID.randomUUID().toString();

    HttpResponse<String> first =
        deliverGitHub("pull_request", delivery, body, Webhooks.signature(SECRET, body));
    HttpResponse<String> replay =
        deliverGitHub("pull_request", delivery, body, Webhooks.signature(SECRET, body));

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.body())
        .contains(
            "\"outcome\":\"enqueued\"",
            ReviewRequest.reviewIdFor("github:acme/replay:2:" + pr.head()));
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("\"outcome\":\"replayed\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(requests("github:acme/replay:2:" + pr.head())).hasSize(1));
    assertThat(records(JobTopics.JOBS))
        .filteredOn(r -> r.key().equals("github:acme/replay:2"))
        .hasSize(1);
  }

  @Test
  void shouldIgnoreOtherEventsOtherActionsAndDraftsUntilReady() {
    FakePullRequest pr = pullRequest("acme/draft", 3);
    pr.draft(true);
    String draft = Webhooks.githubPullRequest("opened", "acme/draft", pr);

    HttpResponse<String> ping = deliverGitHub("ping", "{\"zen\":\"Keep it logically awesome.\"}");
    HttpResponse<String> labeled =
        deliverGitHub("pull_request", Webhooks.githubPullRequest("labeled", "acme/draft", pr));
    HttpResponse<String> opened = deliverGitHub("pull_request", draft);
    pr.draft(false);
    HttpResponse<String> ready =
        deliverGitHub(
            "pull_request", Webhooks.githubPullRequest("ready_for_review", "acme/draft", pr));

    assertThat(ping.statusCode()).isEqualTo(202);
    assertThat(ping.body()).contains("\"outcome\":\"ignored\"", "event 'ping'");
    assertThat(labeled.statusCode()).isEqualTo(202);
    assertThat(labeled.body()).contains("action 'labeled'");
    assertThat(opened.statusCode()).isEqualTo(202);
    assertThat(opened.body()).contains("draft pull request");
    assertThat(ready.statusCode()).isEqualTo(202);
    assertThat(ready.body()).contains("\"outcome\":\"enqueued\"");
    assertThat(records(JobTopics.JOBS))
        .filteredOn(r -> r.key().equals("github:acme/draft:3"))
        .hasSize(1);
  }

  @Test
  void shouldAnswer400ToASignedDeliveryWithoutWhatItNeeds() {
    String body = "{\"action\":\"opened\",\"pull_request\":{\"number\":4}}";

    HttpResponse<String> response = deliverGitHub("pull_request", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("repository.full_name");
  }

  private static FakePullRequest pullRequest(String repo, int number) {
    FakeRepository repository = GITHUB.repository(repo);
    String base = repository.commit(Map.of("app/db.py", "x = 1\n"));
    String head = repository.commit(Map.of("app/db.py", "x = 2\n"));
    return GITHUB.pullRequest(repo, number, base, head);
  }
}
