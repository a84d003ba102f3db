package dev.reviewpanel.gateway.flow;

import static dev.reviewpanel.gateway.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same two pushes on GitLab: discussions on new lines, one note edited, commit statuses. */
class GitLabMergeRequestFlowTests extends GatewayIntegrationSupport {

  private static final String PROJECT = "group/shop";
  private static final PullRequest MR = new PullRequest(Provider.GITLAB, PROJECT, "8");

  @Test
  void shouldOpenDiscussionsEditOneNoteAndSetStatusesAcrossTwoPushes() {
    FakeRepository repo = GITLAB.project(PROJECT);
    String base = repo.commit(PullRequestScenario.snapshot(PullRequestScenario.BASE));
    String head1 = repo.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_1));
    FakePullRequest mr = GITLAB.mergeRequest(PROJECT, 8, base, head1);

    assertThat(deliverGitLab(Webhooks.gitlabMergeRequest("open", PROJECT, mr, false)).statusCode())
        .isEqualTo(202);
    Push push1 = new Push(MR, head1, null, "feature/8", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push1.idempotencyKey())).hasSize(1));
    awaitHandled(
        publishReport(
            Reports.report(
                push1,
                ReviewReport.Decision.REQUEST_CHANGES,
                List.of(
                    finding("cmd", Severity.CRITICAL, "app/archive.py", 11, "OS command injection"),
                    finding("sql", Severity.HIGH, "app/users.py", 13, "SQL injection"))),
            false),
        MR.key());

    assertThat(mr.lineComments())
        .extracting(FakePullRequest.LineComment::path, FakePullRequest.LineComment::line)
        .containsExactlyInAnyOrder(tuple("app/archive.py", 11), tuple("app/users.py", 13));
    assertThat(mr.comments())
        .singleElement()
        .satisfies(n -> assertThat(n.body()).contains("⚠️ Changes requested"));
    assertThat(GITLAB.statuses())
        .filteredOn(s -> s.sha().equals(head1))
        .extracting(FakeStatus::state)
        .containsExactly("pending", "failed");

    String head2 = repo.commit(PullRequestScenario.snapshot(PullRequestScenario.PUSH_2));
    mr.push(head2);
    assertThat(deliverGitLab(Webhooks.gitlabMergeRequest("update", PROJECT, mr, true)).statusCode())
        .isEqualTo(202);
    Push push2 = new Push(MR, head2, null, "feature/8", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(requests(push2.idempotencyKey())).hasSize(1));
    awaitHandled(
        publishReport(
            Reports.report(
                push2,
                ReviewReport.Decision.REQUEST_CHANGES,
                List.of(
                    finding("cmd", Severity.CRITICAL, "app/archive.py", 11, "OS command injection"),
                    finding(
                        "deser",
                        Severity.CRITICAL,
                        "app/session.py",
                        11,
                        "Unsafe deserialization"))),
            false),
        MR.key());

    assertThat(mr.lineComments())
        .hasSize(3)
        .last()
        .satisfies(c -> assertThat(c.path()).isEqualTo("app/session.py"));
    assertThat(mr.comments())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.edits()).isEqualTo(3);
              assertThat(n.body())
                  .contains(
                      "~~HIGH SQL injection · app/users.py~~",
                      "**New on this push, commented inline** (1)");
            });
    assertThat(GITLAB.statuses())
        .filteredOn(s -> s.sha().equals(head2))
        .extracting(FakeStatus::state)
        .containsExactly("pending", "failed");
  }
}
