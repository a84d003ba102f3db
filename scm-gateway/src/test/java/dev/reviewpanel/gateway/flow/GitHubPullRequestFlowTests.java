package dev.reviewpanel.gateway.flow;

import static dev.reviewpanel.gateway.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.FakeStatus;
import dev.reviewpanel.fakes.PullRequestScenario;
import dev.reviewpanel.fakes.Webhooks;
import dev.reviewpanel.gateway.GatewayIntegrationSupport;
import dev.reviewpanel.gateway.Reports;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.Push;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pull request from webhook to comments: the first push gets inline comments, a summary and a
 * failing status; the second push, which fixes one finding and adds another, gets one new comment,
 * the same summary edited (the fixed finding resolved) and a new status.
 */
class GitHubPullRequestFlowTests extends GatewayIntegrationSupport {

  private static final String REPO = "acme/shop";
  private static final PullRequest PR = new PullRequest(Provider.GITHUB, REPO, "17");

  @Test
  void shouldCommentSummarizeAndSetTheStatusThenPostOnlyWhatIsNewOnTheNextPush() {
    FakeRepository repo = GITHUB.repository(REPO);
    Map<String, String> base =
        new LinkedHashMap<>(PullRequestScenario.snapshot(PullRequestScenario.BASE));
    base.put(".review-panel.yml", "fail-on: high\n");
    String baseSha = repo.commit(base);
    Map<String, byte[]> first = bytes(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1));
    first.put(".review-panel.yml", "fail-on: never\n".getBytes(StandardCharsets.UTF_8));
    first.put("static/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    String head1 = repo.commitBytes(first);
    FakePullRequest pr = GITHUB.pullRequest(REPO, 17, baseSha, head1);

    assertThat(
            deliverGitHub("pull_request", Webhooks.githubPullRequest("opened", REPO, pr))
                .statusCode())
        .isEqualTo(202);

    Push push1 = new Push(PR, head1, baseSha, "feature/17", null);
    ReviewRequest request = awaitRequest(push1);
    assertThat(request.reviewId()).isEqualTo(push1.reviewId());
    assertThat(request.source().repository()).isEqualTo(REPO);
    assertThat(request.source().pullRequest()).isEqualTo("17");
    assertThat(request.source().commit()).isEqualTo(head1);
    assertThat(request.source().ref()).isEqualTo("feature/17");
    assertThat(request.files())
        .extracting(ReviewRequest.File::path)
        .containsExactly(".review-panel.yml", "app/archive.py", "app/users.py");
    assertThat(request.config())
        .as("read from the target branch, not the pull request")
        .isEqualTo("fail-on: high\n");
    assertThat(request.diff())
        .contains(
            "--- /dev/null\n+++ b/app/archive.py\n@@ -0,0 +1,19 @@", "+++ b/app/users.py\n@@ -10,");
    assertThat(GITHUB.statuses())
        .contains(
            new FakeStatus(
                head1,
                "pending",
                "review-panel",
                "Review in progress: 3 file(s)",
                "http://review.example/api/reviews/" + push1.reviewId() + "/report"));

    ReviewReport report1 =
        Reports.report(
            push1,
            ReviewReport.Decision.REJECT,
            List.of(
                finding(
                    "5d4b6cd4", Severity.CRITICAL, "app/archive.py", 11, "OS command injection"),
                finding("39bc86e2", Severity.HIGH, "app/users.py", 13, "SQL injection"),
                finding("77aa0001", Severity.LOW, "app/users.py", 11, "Unvalidated input")));
    awaitHandled(publishReport(report1, false), PR.key());

    assertThat(pr.lineComments())
        .extracting(
            FakePullRequest.LineComment::path,
            FakePullRequest.LineComment::line,
            FakePullRequest.LineComment::side)
        .containsExactlyInAnyOrder(
            tuple("app/archive.py", 11, "RIGHT"), tuple("app/users.py", 13, "RIGHT"));
    assertThat(pr.lineComments()).allSatisfy(c -> assertThat(c.commitId()).isEqualTo(head1));
    assertThat(pr.lineComments())
        .anySatisfy(
            c ->
                assertThat(c.body())
                    .contains(
                        "**CRITICAL · OS command injection**",
                        "<!-- review-panel:finding 5d4b6cd4 -->"));
    assertThat(pr.reviews())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event()).isEqualTo("COMMENT");
              assertThat(r.comments()).isEqualTo(2);
            });
    String summary1 = singleSummary(pr).body();
    assertThat(summary1)
        .contains(
            "❌ Rejected",
            "**New on this push, commented inline** (2)",
            "**Outside the diff",
            "Unvalidated input · `app/users.py:11`",
            "`static/logo.png`: binary")
        .doesNotContain("⏳");
    assertThat(lastStatus(head1).state()).isEqualTo("failure");

    Map<String, byte[]> second = bytes(PullRequestScenario.snapshot(PullRequestScenario.PUSH_2));
    second.put(".review-panel.yml", "fail-on: never\n".getBytes(StandardCharsets.UTF_8));
    String head2 = repo.commitBytes(second);
    pr.push(head2);
    assertThat(
            deliverGitHub("pull_request", Webhooks.githubPullRequest("synchronize", REPO, pr))
                .statusCode())
        .isEqualTo(202);
    Push push2 = new Push(PR, head2, baseSha, "feature/17", null);
    awaitRequest(push2);
    assertThat(singleSummary(pr).body())
        .contains(
            "⏳ Reviewing `"
                + head2.substring(0, 12)
                + "`… The results below are for `"
                + head1.substring(0, 12)
                + "`.");

    ReviewReport report2 =
        Reports.report(
            push2,
            ReviewReport.Decision.REJECT,
            List.of(
                finding(
                    "5d4b6cd4", Severity.CRITICAL, "app/archive.py", 11, "OS command injection"),
                finding(
                    "b634ff0c",
                    Severity.CRITICAL,
                    "app/session.py",
                    11,
                    "Unsafe deserialization")));
    awaitHandled(publishReport(report2, false), PR.key());

    assertThat(pr.lineComments()).hasSize(3);
    assertThat(pr.lineComments().get(2))
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("app/session.py");
              assertThat(c.line()).isEqualTo(11);
              assertThat(c.commitId()).isEqualTo(head2);
            });
    assertThat(pr.reviews()).hasSize(2);
    FakePullRequest.Comment summary2 = singleSummary(pr);
    assertThat(summary2.edits()).isEqualTo(3);
    assertThat(summary2.body())
        .contains(
            "**New on this push, commented inline** (1)\n- **CRITICAL** Unsafe deserialization · `app/session.py:11`")
        .contains(
            "**Still open, commented on an earlier push** (1)\n- **CRITICAL** OS command injection")
        .contains(
            "**Resolved** (2)",
            "~~HIGH SQL injection · app/users.py~~",
            "~~LOW Unvalidated input · app/users.py~~")
        .doesNotContain("logo.png", "⏳");
    assertThat(lastStatus(head2).state()).isEqualTo("failure");

    // a redelivery of the push under another delivery id, and a revision of the report's summary
    int statuses = GITHUB.statuses().size();
    assertThat(
            deliverGitHub("pull_request", Webhooks.githubPullRequest("synchronize", REPO, pr))
                .statusCode())
        .isEqualTo(202);
    awaitJobsHandled(PR.key());
    awaitHandled(publishReport(report2, true), PR.key());
    assertThat(pr.lineComments()).hasSize(3);
    assertThat(pr.reviews()).hasSize(2);
    assertThat(singleSummary(pr).edits()).isEqualTo(3);
    assertThat(GITHUB.statuses()).hasSize(statuses);
    assertThat(requests(push2.idempotencyKey())).hasSize(1);
  }

  private ReviewRequest awaitRequest(Push push) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push.idempotencyKey())).isNotEmpty());
    return requests(push.idempotencyKey()).get(0);
  }

  private static FakePullRequest.Comment singleSummary(FakePullRequest pr) {
    assertThat(pr.comments()).hasSize(1);
    return pr.comments().get(0);
  }

  private static FakeStatus lastStatus(String sha) {
    List<FakeStatus> statuses =
        GITHUB.statuses().stream().filter(s -> s.sha().equals(sha)).toList();
    return statuses.get(statuses.size() - 1);
  }

  private static Map<String, byte[]> bytes(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }
}
