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

class GitLabWebhookTests extends GatewayIntegrationSupport {

  private static final String EVENT = "Merge Request Hook";

  @Test
  void shouldRefuseDeliveriesWithoutTheSecretTokenAndEnqueueNothing() {
    FakePullRequest mr = mergeRequest("group/token", 1);
    String body = Webhooks.gitlabMergeRequest("open", "group/token", mr, false);

    HttpResponse<String> none = deliverGitLab(EVENT, null, UUID.randomUUID().toString(), body);
    HttpResponse<String> wrong =
        deliverGitLab(EVENT, "gl-webhook-secreT", UUID.randomUUID().toString(), body);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("does not match");
    assertThat(records(JobTopics.JOBS)).noneMatch(r -> r.key().startsWith("gitlab:group/token:"));
  }

  @Test
  void shouldEnqueueOpenedMergeRequestsOnceAndRefuseReplays() {
    FakePullRequest mr = mergeRequest("group/open", 2);
    String body = Webhooks.gitlabMergeRequest("open", "group/open", mr, false);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = deliverGitLab(EVENT, "gl-webhook-secret", key, body);
    HttpResponse<String> replay = deliverGitLab(EVENT, "gl-webhook-secret", key, body);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.body()).contains("\"outcome\":\"replayed\"");
    String idempotencyKey = "gitlab:group/open:2:" + mr.head();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(requests(idempotencyKey)).hasSize(1));
    ReviewRequest request = requests(idempotencyKey).get(0);
    assertThat(request.reviewId()).isEqualTo(ReviewRequest.reviewIdFor(idempotencyKey));
    assertThat(request.source().repository()).isEqualTo("group/open");
    assertThat(request.source().pullRequest()).isEqualTo("2");
  }

  @Test
  void shouldIgnoreOtherHooksUpdatesWithoutCommitsAndDrafts() {
    FakePullRequest mr = mergeRequest("group/ignored", 3);

    HttpResponse<String> push =
        deliverGitLab(
            "Push Hook",
            "gl-webhook-secret",
            UUID.randomUUID().toString(),
            "{\"object_kind\":\"push\"}");
    HttpResponse<String> retitled =
        deliverGitLab(Webhooks.gitlabMergeRequest("update", "group/ignored", mr, false));
    HttpResponse<String> approved =
        deliverGitLab(Webhooks.gitlabMergeRequest("approved", "group/ignored", mr, false));
    mr.draft(true);
    HttpResponse<String> draft =
        deliverGitLab(Webhooks.gitlabMergeRequest("update", "group/ignored", mr, true));

    assertThat(push.statusCode()).isEqualTo(202);
    assertThat(push.body()).contains("\"outcome\":\"ignored\"");
    assertThat(retitled.body()).contains("without new commits");
    assertThat(approved.body()).contains("action 'approved'");
    assertThat(draft.body()).contains("draft merge request");
    assertThat(records(JobTopics.JOBS)).noneMatch(r -> r.key().startsWith("gitlab:group/ignored:"));
  }

  private static FakePullRequest mergeRequest(String project, int iid) {
    FakeRepository repository = GITLAB.project(project);
    String base = repository.commit(Map.of("app.js", "let a = 1;\n"));
    String head = repository.commit(Map.of("app.js", "let a = 2;\n"));
    return GITLAB.mergeRequest(project, iid, base, head);
  }
}
