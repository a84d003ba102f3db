package dev.reviewpanel.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.ReviewRequest;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
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
 * A pull request of 330 changed files (327 sources, a binary, a minified bundle, a removal) against
 * a review limit of 300 (this suite's setting): the first 300 text files are reviewed, and the
 * summary names every file left out and why.
 */
class LargePullRequestTests extends GatewayIntegrationSupport {

  private static final String REPO = "acme/monorepo";

  @Test
  void shouldReviewWhatFitsTheLimitsAndNameEverythingLeftOut() {
    FakeRepository repo = GITHUB.repository(REPO);
    Map<String, byte[]> base = new LinkedHashMap<>();
    base.put("legacy/old.py", "print('old')\n".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> head = new LinkedHashMap<>();
    head.put("assets/icon.bin", new byte[] {1, 0, 2, 0});
    head.put(
        "dist/bundle.min.js",
        ("var a=1;" + "x".repeat(12_000) + "\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 327; i++) {
      head.put(
          String.format("src/module%03d.py", i),
          ("def f" + i + "():\n    return " + i + "\n").getBytes(StandardCharsets.UTF_8));
    }
    FakePullRequest pr =
        GITHUB.pullRequest(REPO, 500, repo.commitBytes(base), repo.commitBytes(head));
    Push push =
        new Push(
            new PullRequest(Provider.GITHUB, REPO, "500"),
            pr.head(),
            pr.base(),
            "feature/500",
            null);

    assertThat(
            deliverGitHub("pull_request", Webhooks.githubPullRequest("opened", REPO, pr))
                .statusCode())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(() -> assertThat(requests(push.idempotencyKey())).hasSize(1));

    ReviewRequest request = requests(push.idempotencyKey()).get(0);
    assertThat(request.files()).hasSize(300);
    assertThat(request.files().get(299).path()).isEqualTo("src/module299.py");
    assertThat(request.diff().split("\ndiff --git ", -1)).hasSize(300);
    awaitHandled(
        publishReport(Reports.report(push, ReviewReport.Decision.APPROVE, List.of()), false),
        push.pullRequest().key());
    String summary = pr.comments().get(0).body();
    assertThat(summary)
        .contains("✅ Approved", "**Not reviewed** (30)")
        .contains("`assets/icon.bin`: binary")
        .contains("`dist/bundle.min.js`: a line is longer than 10000 characters")
        .contains("`legacy/old.py`: removed by this pull request")
        .contains("`src/module300.py`: left out: a review takes at most 300 files")
        .contains("`src/module326.py`: left out: a review takes at most 300 files");
    assertThat(
            GITHUB.calls().stream()
                .filter(c -> c.path().equals("/repos/acme/monorepo/pulls/500/files")))
        .as("330 files in pages of 100")
        .hasSizeGreaterThanOrEqualTo(4);
  }
}
