package dev.reviewpanel.gateway.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.fakes.FakeGitLab;
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

class GitLabClientTests {

  private static final FakeGitLab GITLAB = FakeGitLab.start("gl-token");

  private final GitLabClient client =
      new GitLabClient(
          new GitLabProperties(
              URI.create(GITLAB.apiUrl()), "gl-token", "secret", Duration.ofSeconds(5)),
          Clock.systemUTC(),
          new ProviderMetrics(new SimpleMeterRegistry()));

  @AfterAll
  static void stop() {
    GITLAB.close();
  }

  @Test
  void shouldReadTheMergeRequestItsDiffsPageByPageAndFilesByEncodedPath() {
    FakeRepository repo = GITLAB.project("group/sub/app");
    Map<String, String> head = new LinkedHashMap<>();
    for (int i = 0; i < 230; i++) {
      head.put("src/f" + i + ".js", "let x = " + i + ";\n");
    }
    head.put("docs/read me.md", "hello\n");
    String base = repo.commit(Map.of("src/f0.js", "let x = -1;\n"));
    String sha = repo.commit(head);
    GITLAB.mergeRequest("group/sub/app", 5, base, sha);
    PullRequest mr = new PullRequest(Provider.GITLAB, "group/sub/app", "5");

    PullRequestState state = client.state(mr);
    List<ChangedFile> files = client.changedFiles(mr);

    assertThat(state).isEqualTo(new PullRequestState(sha, base, base, true, false));
    assertThat(files).hasSize(231);
    assertThat(files)
        .filteredOn(f -> f.path().equals("src/f0.js"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.change()).isEqualTo(ChangedFile.Change.MODIFIED);
              assertThat(f.patch()).startsWith("@@ -1,1 +1,1 @@");
            });
    assertThat(client.fileAt(mr, "docs/read me.md", sha))
        .hasValueSatisfying(
            b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("hello\n"));
    List<FakeServer.Call> calls = GITLAB.calls();
    assertThat(calls)
        .anySatisfy(
            c ->
                assertThat(c.path())
                    .isEqualTo(
                        "/api/v4/projects/group%2Fsub%2Fapp/repository/files/docs%2Fread%20me.md/raw"));
    assertThat(calls.stream().filter(c -> c.path().endsWith("/diffs"))).hasSize(3);
    assertThat(calls).allSatisfy(c -> assertThat(c.header("private-token")).isEqualTo("gl-token"));
  }

  @Test
  void shouldOpenDiscussionsPositionedOnTheNewLineOfTheDiffRefs() {
    FakeRepository repo = GITLAB.project("group/disc");
    String base = repo.commit(Map.of("a.py", "1\n2\n"));
    String head = repo.commit(Map.of("a.py", "1\n2\n3\n"));
    FakePullRequest fake = GITLAB.mergeRequest("group/disc", 6, base, head);
    PullRequest mr = new PullRequest(Provider.GITLAB, "group/disc", "6");
    PullRequestState state = client.state(mr);

    client.postInlineComments(
        mr, state, "", List.of(new InlineComment("a.py", "a.py", 3, "three")));
    assertThatThrownBy(
            () ->
                client.postInlineComments(
                    mr,
                    state,
                    "",
                    List.of(
                        new InlineComment("a.py", "a.py", 40, "far"),
                        new InlineComment("a.py", "a.py", 3, "again"))))
        .isInstanceOfSatisfying(
            AnchorsRefusedException.class,
            e -> assertThat(e.refused()).extracting(InlineComment::line).containsExactly(40));

    assertThat(fake.lineComments())
        .extracting(FakePullRequest.LineComment::line)
        .containsExactly(3, 3);
    FakeServer.Call post =
        GITLAB.calls().stream()
            .filter(c -> c.method().equals("POST") && c.path().endsWith("/discussions"))
            .findFirst()
            .orElseThrow();
    assertThat(post.body())
        .contains(
            "\"base_sha\":\"" + base + "\"",
            "\"head_sha\":\"" + head + "\"",
            "\"start_sha\":\"" + base + "\"",
            "\"new_line\":3",
            "\"position_type\":\"text\"");
    assertThat(client.inlineComments(mr))
        .extracting(c -> c.body())
        .containsExactly("three", "again");
  }

  @Test
  void shouldEditNotesSetStatusesAndRetryWhenRateLimited() {
    FakeRepository repo = GITLAB.project("group/notes");
    String sha = repo.commit(Map.of("a.py", "x\n"));
    GITLAB.mergeRequest("group/notes", 7, sha, sha);
    PullRequest mr = new PullRequest(Provider.GITLAB, "group/notes", "7");

    String id = client.createComment(mr, "one").id();
    client.editComment(mr, id, "two");
    client.setStatus(mr, new CommitStatus(sha, CommitState.ERROR, "review-panel", "failed", null));
    GITLAB.rateLimitNext("", 1);

    assertThatThrownBy(() -> client.comments(mr))
        .isInstanceOfSatisfying(
            ProviderUnavailableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    assertThat(client.comments(mr)).extracting(c -> c.body()).containsExactly("two");
    assertThat(GITLAB.statuses())
        .anySatisfy(
            s -> {
              assertThat(s.state()).isEqualTo("failed");
              assertThat(s.context()).isEqualTo("review-panel");
            });
  }
}
