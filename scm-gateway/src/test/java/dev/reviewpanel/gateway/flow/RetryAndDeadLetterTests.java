package dev.reviewpanel.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.PullRequestScenario;
import dev.reviewpanel.fakes.Webhooks;
import dev.reviewpanel.gateway.GatewayIntegrationSupport;
import dev.reviewpanel.gateway.Reports;
import dev.reviewpanel.gateway.jobs.JobTopics;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Rate limits and 5xx are retried on the retry topics; refusals end in the dead letters with why.
 */
class RetryAndDeadLetterTests extends GatewayIntegrationSupport {

  @Test
  void shouldRetryARateLimitedPushOnTheRetryTopicsUntilItGoesThrough() {
    String repo = "acme/limited";
    FakeRepository repository = GITHUB.repository(repo);
    String base = repository.commit(PullRequestScenario.snapshot(PullRequestScenario.BASE));
    FakePullRequest pr =
        GITHUB.pullRequest(
            repo,
            3,
            base,
            repository.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1)));
    GITHUB.rateLimitNext("/repos/acme/limited/pulls/3/files", 1);
    GITHUB.failNext("/repos/acme/limited/contents/app/users.py", 1, 503, Map.of(), "unavailable");
    Push push =
        new Push(new PullRequest(Provider.GITHUB, repo, "3"), pr.head(), base, "feature/3", null);

    assertThat(
            deliverGitHub("pull_request", Webhooks.githubPullRequest("opened", repo, pr))
                .statusCode())
        .isEqualTo(202);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push.idempotencyKey())).hasSize(1));
    assertThat(records(JobTopics.JOBS + "-retry-0"))
        .anyMatch(r -> r.key().equals(push.pullRequest().key()));
    assertThat(records(JobTopics.JOBS + "-retry-1"))
        .anyMatch(r -> r.key().equals(push.pullRequest().key()));
    assertThat(GITHUB.calls())
        .filteredOn(c -> c.path().equals("/repos/acme/limited/pulls/3/files"))
        .as("rate limited; then through until a file answered 503; then through")
        .hasSize(3);
  }

  @Test
  void shouldDeadLetterAReportItCannotPostWithTheReason() {
    String repo = "acme/forbidden";
    FakeRepository repository = GITHUB.repository(repo);
    String sha = repository.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1));
    GITHUB.pullRequest(repo, 4, sha, sha);
    Push push = new Push(new PullRequest(Provider.GITHUB, repo, "4"), sha, sha, "feature/4", null);
    GITHUB.failNext(
        "/repos/acme/forbidden/pulls/4",
        1,
        403,
        Map.of(),
        "Resource not accessible by integration");

    publishReport(Reports.report(push, ReviewReport.Decision.APPROVE, List.of()), false);

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(records(JobTopics.DEAD_LETTERS))
                    .anyMatch(r -> r.key().equals(push.pullRequest().key())));
    ConsumerRecord<String, byte[]> dead =
        records(JobTopics.DEAD_LETTERS).stream()
            .filter(r -> r.key().equals(push.pullRequest().key()))
            .findFirst()
            .orElseThrow();
    assertThat(
            new String(
                dead.headers().lastHeader(JobTopics.REASON_HEADER).value(), StandardCharsets.UTF_8))
        .isEqualTo(
            "GitHub answered 403 to GET /repos/acme/forbidden/pulls/4: \"Resource not accessible by integration\"");
    assertThat(new String(dead.value(), StandardCharsets.UTF_8))
        .contains("\"kind\":\"REPORT\"", push.reviewId());
    assertThat(records(JobTopics.JOBS + "-retry-0"))
        .noneMatch(r -> r.key().equals(push.pullRequest().key()));
  }
}
