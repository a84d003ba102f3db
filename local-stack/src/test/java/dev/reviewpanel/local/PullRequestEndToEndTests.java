package dev.reviewpanel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.fakes.FakeGitHub;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.FakeStatus;
import dev.reviewpanel.fakes.PullRequestScenario;
import dev.reviewpanel.fakes.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A pull request through the whole pipeline: a signed GitHub webhook to the scm-gateway, the review
 * by the real agents under the target branch's {@code .review-panel.yml} and baseline, and
 * comments, summary and status on a fake GitHub, with the baseline and inline suppressions in SARIF
 * as suppressed and out of the decision; then a push that fixes one finding and adds another.
 */
class PullRequestEndToEndTests {

  private static final String REPO = "acme/shop";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldCommentOnAPullRequestAndOnlyOnWhatIsNewAfterTheNextPush() throws Exception {
    LocalStack stack = ClientStacks.stack();
    FakeGitHub github = ClientStacks.github();
    FakeRepository repo = github.repository(REPO);
    String base = repo.commit(PullRequestScenario.adopted(PullRequestScenario.BASE));
    String head1 = repo.commit(PullRequestScenario.adopted(PullRequestScenario.PUSH_1));
    FakePullRequest pr = github.pullRequest(REPO, 1, base, head1);

    assertThat(deliver(stack, Webhooks.githubPullRequest("opened", REPO, pr))).isEqualTo(202);

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(statesOf(github, head1)).contains("failure"));
    assertThat(pr.lineComments())
        .extracting(FakePullRequest.LineComment::path, FakePullRequest.LineComment::line)
        .containsExactlyInAnyOrder(tuple("app/archive.py", 11), tuple("app/users.py", 13));
    assertThat(pr.comments())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.body())
                    .contains("❌ Rejected", "OS command injection", "SQL injection"));

    JsonNode sarif = report(head1, "sarif");
    assertThat(sarif.path("runs").path(0).path("results"))
        .extracting(
            r ->
                r.path("locations")
                        .path(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asString()
                    + " "
                    + r.path("ruleId").asString()
                    + " "
                    + r.path("suppressions").path(0).path("kind").asString("counted"))
        .containsExactlyInAnyOrder(
            "app/archive.py python.command-injection counted",
            "app/users.py python.sql-injection counted",
            "app/reports.py python.command-injection external",
            "app/reports.py python.command-injection inSource");
    JsonNode json = report(head1, "json");
    assertThat(json.path("counts").path("CRITICAL").asInt()).isEqualTo(1);
    assertThat(json.path("counts").path("HIGH").asInt()).isEqualTo(1);
    assertThat(pr.comments().get(0).body()).contains("2 suppressed finding(s) are not counted");

    String head2 = repo.commit(PullRequestScenario.adopted(PullRequestScenario.PUSH_2));
    pr.push(head2);
    assertThat(deliver(stack, Webhooks.githubPullRequest("synchronize", REPO, pr))).isEqualTo(202);

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(statesOf(github, head2)).contains("failure"));
    assertThat(pr.lineComments()).hasSize(3);
    assertThat(pr.lineComments().get(2))
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("app/session.py");
              assertThat(c.line()).isEqualTo(11);
              assertThat(c.body()).contains("Unsafe deserialization");
            });
    assertThat(pr.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.edits()).isEqualTo(3);
              assertThat(c.body())
                  .contains(
                      "**New on this push, commented inline** (1)",
                      "**Still open, commented on an earlier push** (1)")
                  .contains("**Resolved** (1)", "~~HIGH SQL injection · app/users.py~~");
            });
  }

  // the coordinator's rendering of the review the gateway asked for at {@code sha}
  private JsonNode report(String sha, String format) throws IOException, InterruptedException {
    String reviewId = ReviewRequest.reviewIdFor("github:" + REPO + ":1:" + sha);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    ClientStacks.coordinatorUrl()
                        + "/api/reviews/"
                        + reviewId
                        + "/report?format="
                        + format))
            .header("X-API-Key", ClientStacks.API_KEY)
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return EventJson.mapper().readTree(response.body());
  }

  private static List<String> statesOf(FakeGitHub github, String sha) {
    return github.statuses().stream()
        .filter(s -> s.sha().equals(sha))
        .map(FakeStatus::state)
        .toList();
  }

  private int deliver(LocalStack stack, String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(stack.url("scm-gateway") + "/webhooks/github"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "pull_request")
            .header("X-GitHub-Delivery", UUID.randomUUID().toString())
            .header("X-Hub-Signature-256", Webhooks.signature(ClientStacks.GITHUB_SECRET, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
