package dev.reviewpanel.gateway.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.fakes.FakeGitHub;
import dev.reviewpanel.fakes.FakePullRequest;
import dev.reviewpanel.fakes.FakeRepository;
import dev.reviewpanel.fakes.FakeServer;
import dev.reviewpanel.gateway.scm.AnchorsRefusedException;
import dev.reviewpanel.gateway.scm.ChangedFile;
import dev.reviewpanel.gateway.scm.CommitState;
import dev.reviewpanel.gateway.scm.CommitStatus;
import dev.reviewpanel.gateway.scm.InlineComment;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.ProviderMetrics;
import dev.reviewpanel.gateway.scm.ProviderRejectedException;
import dev.reviewpanel.gateway.scm.ProviderUnavailableException;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.PullRequestState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GitHubClientTests {

  private static final FakeGitHub GITHUB = FakeGitHub.start("gh-token");

  private final GitHubClient client = client("gh-token");

  @AfterAll
  static void stop() {
    GITHUB.close();
  }

  @Test
  void shouldListEveryChangedFileOfALargePullRequestPageByPage() {
    FakeRepository repo = GITHUB.repository("acme/large");
    Map<String, String> head = new LinkedHashMap<>();
    for (int i = 0; i < 320; i++) {
      head.put(String.format("src/m%03d.py", i), "x = " + i + "\n");
    }
    String base = repo.commit(Map.of());
    FakePullRequest pr = GITHUB.pullRequest("acme/large", 9, base, repo.commit(head));

    List<ChangedFile> files =
        client.changedFiles(new PullRequest(Provider.GITHUB, "acme/large", "9"));

    assertThat(files).hasSize(320);
    assertThat(files.get(319).path()).isEqualTo("src/m319.py");
    assertThat(files).allSatisfy(f -> assertThat(f.change()).isEqualTo(ChangedFile.Change.ADDED));
    assertThat(files.get(0).patch()).isEqualTo("@@ -0,0 +1,1 @@\n+x = 0");
    List<FakeServer.Call> pages =
        GITHUB.calls().stream()
            .filter(c -> c.path().equals("/repos/acme/large/pulls/9/files"))
            .toList();
    assertThat(pages).extracting(c -> c.query().get("page")).containsExactly(null, "2", "3", "4");
    assertThat(pages)
        .allSatisfy(
            c -> {
              assertThat(c.header("authorization")).isEqualTo("Bearer gh-token");
              assertThat(c.header("accept")).isEqualTo("application/vnd.github+json");
            });
    assertThat(pr.head()).isNotNull();
  }

  @Test
  void shouldReadFilesRawAtACommitAndTellMissingOnes() {
    FakeRepository repo = GITHUB.repository("acme/raw");
    String sha = repo.commit(Map.of("dir with space/a+b.py", "print('hi')\n"));
    PullRequest pr = new PullRequest(Provider.GITHUB, "acme/raw", "1");

    assertThat(client.fileAt(pr, "dir with space/a+b.py", sha))
        .hasValueSatisfying(
            b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("print('hi')\n"));
    assertThat(client.fileAt(pr, "missing.py", sha)).isEmpty();
  }

  @Test
  void shouldPostOneReviewWithCommentsOnTheRightSideOfTheDiff() {
    FakeRepository repo = GITHUB.repository("acme/review");
    String base = repo.commit(Map.of("app/db.py", "a\nb\n"));
    String head = repo.commit(Map.of("app/db.py", "a\nb\nc\n"));
    GITHUB.pullRequest("acme/review", 2, base, head);
    PullRequest pr = new PullRequest(Provider.GITHUB, "acme/review", "2");
    PullRequestState state = client.state(pr);

    client.postInlineComments(
        pr, state, "body", List.of(new InlineComment("app/db.py", "app/db.py", 3, "on c")));

    FakeServer.Call post =
        GITHUB.calls().stream()
            .filter(c -> c.path().endsWith("/pulls/2/reviews"))
            .findFirst()
            .orElseThrow();
    assertThat(post.body())
        .contains(
            "\"commit_id\":\"" + head + "\"",
            "\"event\":\"COMMENT\"",
            "\"line\":3",
            "\"side\":\"RIGHT\"");
    assertThatThrownBy(
            () ->
                client.postInlineComments(
                    pr,
                    state,
                    "body",
                    List.of(new InlineComment("app/db.py", "app/db.py", 9, "off"))))
        .isInstanceOf(AnchorsRefusedException.class)
        .hasMessageContaining("must be part of the diff");
  }

  @Test
  void shouldTurnRateLimitsAndServerErrorsIntoRetriesAndRefusalsIntoRejections() {
    FakeRepository repo = GITHUB.repository("acme/limits");
    String sha = repo.commit(Map.of("a.py", "x\n"));
    GITHUB.pullRequest("acme/limits", 3, sha, sha);
    PullRequest pr = new PullRequest(Provider.GITHUB, "acme/limits", "3");

    GITHUB.rateLimitNext("", 1);
    assertThatThrownBy(() -> client.state(pr))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class, e -> assertThat(e.retryAfter()).isNotNull());
    GITHUB.failNext(1, 429, Map.of("Retry-After", "7"), "secondary rate limit");
    assertThatThrownBy(() -> client.state(pr))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    GITHUB.failNext(1, 502, Map.of(), "Bad Gateway");
    assertThatThrownBy(() -> client.state(pr)).isInstanceOf(ProviderUnavailableException.class);
    GITHUB.failNext(
        1, 403, Map.of("X-RateLimit-Remaining", "4000"), "Resource not accessible by integration");
    assertThatThrownBy(() -> client.state(pr))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("Resource not accessible by integration");
    assertThatThrownBy(() -> client("wrong").state(pr))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(client.state(pr).headSha()).isEqualTo(sha);
  }

  @Test
  void shouldFindEditCommentsAndSetStatuses() {
    FakeRepository repo = GITHUB.repository("acme/notes");
    String sha = repo.commit(Map.of("a.py", "x\n"));
    FakePullRequest fake = GITHUB.pullRequest("acme/notes", 4, sha, sha);
    PullRequest pr = new PullRequest(Provider.GITHUB, "acme/notes", "4");

    String id = client.createComment(pr, "first").id();
    client.editComment(pr, id, "second");
    client.setStatus(
        pr,
        new CommitStatus(sha, CommitState.FAILURE, "review-panel", "x".repeat(200), "http://r"));

    assertThat(client.comments(pr))
        .singleElement()
        .satisfies(c -> assertThat(c.body()).isEqualTo("second"));
    assertThat(fake.comments().get(0).edits()).isEqualTo(1);
    assertThat(GITHUB.statuses())
        .anySatisfy(
            s -> {
              assertThat(s.sha()).isEqualTo(sha);
              assertThat(s.state()).isEqualTo("failure");
              assertThat(s.description()).hasSize(140);
            });
  }

  private static GitHubClient client(String token) {
    return new GitHubClient(
        new GitHubProperties(URI.create(GITHUB.apiUrl()), token, "secret", Duration.ofSeconds(5)),
        Clock.systemUTC(),
        new ProviderMetrics(new SimpleMeterRegistry()));
  }
}
