package dev.reviewpanel.gateway.github;

import dev.reviewpanel.gateway.scm.AnchorsRefusedException;
import dev.reviewpanel.gateway.scm.ChangedFile;
import dev.reviewpanel.gateway.scm.CommitStatus;
import dev.reviewpanel.gateway.scm.InlineComment;
import dev.reviewpanel.gateway.scm.PostedComment;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.ProviderHttp;
import dev.reviewpanel.gateway.scm.ProviderMetrics;
import dev.reviewpanel.gateway.scm.ProviderRejectedException;
import dev.reviewpanel.gateway.scm.ProviderResponse;
import dev.reviewpanel.gateway.scm.PullRequest;
import dev.reviewpanel.gateway.scm.PullRequestState;
import dev.reviewpanel.gateway.scm.ScmClient;
import dev.reviewpanel.gateway.scm.UrlPaths;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** GitHub's REST API (github.com or Enterprise Server), version 2022-11-28. */
@Component
class GitHubClient implements ScmClient {

  private static final String JSON = "application/vnd.github+json";
  private static final int DESCRIPTION_LIMIT = 140;

  private final String base;
  private final ProviderHttp http;

  GitHubClient(GitHubProperties properties, Clock clock, ProviderMetrics metrics) {
    this.base = UrlPaths.base(properties.apiUrl());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", JSON);
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    headers.put("User-Agent", "review-panel-scm-gateway");
    if (properties.tokenSet()) {
      headers.put("Authorization", "Bearer " + properties.token().strip());
    }
    this.http = new ProviderHttp(Provider.GITHUB, headers, properties.timeout(), clock, metrics);
  }

  @Override
  public Provider provider() {
    return Provider.GITHUB;
  }

  @Override
  public PullRequestState state(PullRequest pr) {
    JsonNode json = http.get(uri(pr, "/pulls/" + pr.number()), null, false).json();
    String baseSha = json.path("base").path("sha").asString();
    return new PullRequestState(
        json.path("head").path("sha").asString(),
        baseSha,
        baseSha,
        "open".equals(json.path("state").asString()),
        json.path("draft").asBoolean(false));
  }

  @Override
  public List<ChangedFile> changedFiles(PullRequest pr) {
    return http.pages(uri(pr, "/pulls/" + pr.number() + "/files?per_page=100")).stream()
        .map(GitHubClient::changedFile)
        .toList();
  }

  private static ChangedFile changedFile(JsonNode file) {
    String path = file.path("filename").asString();
    ChangedFile.Change change =
        switch (file.path("status").asString().toLowerCase(Locale.ROOT)) {
          case "added", "copied" -> ChangedFile.Change.ADDED;
          case "removed" -> ChangedFile.Change.REMOVED;
          case "renamed" -> ChangedFile.Change.RENAMED;
          default -> ChangedFile.Change.MODIFIED;
        };
    String previous =
        file.hasNonNull("previous_filename") ? file.get("previous_filename").asString() : path;
    String patch = file.hasNonNull("patch") ? file.get("patch").asString() : null;
    return new ChangedFile(path, previous, change, patch);
  }

  @Override
  public Optional<byte[]> fileAt(PullRequest pr, String path, String sha) {
    ProviderResponse response =
        http.get(
            uri(pr, "/contents/" + UrlPaths.encodePath(path) + "?ref=" + UrlPaths.encode(sha)),
            "application/vnd.github.raw",
            true);
    return response.found() ? Optional.of(response.body()) : Optional.empty();
  }

  @Override
  public List<PostedComment> inlineComments(PullRequest pr) {
    return comments(uri(pr, "/pulls/" + pr.number() + "/comments?per_page=100"));
  }

  @Override
  public List<PostedComment> comments(PullRequest pr) {
    return comments(uri(pr, "/issues/" + pr.number() + "/comments?per_page=100"));
  }

  private List<PostedComment> comments(URI first) {
    return http.pages(first).stream()
        .map(c -> new PostedComment(c.path("id").asString(), c.path("body").asString("")))
        .toList();
  }

  @Override
  public void postInlineComments(
      PullRequest pr, PullRequestState state, String summary, List<InlineComment> comments) {
    List<Map<String, Object>> anchored =
        comments.stream()
            .map(
                c ->
                    Map.<String, Object>of(
                        "path", c.path(), "line", c.line(), "side", "RIGHT", "body", c.body()))
            .toList();
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("commit_id", state.headSha());
    review.put("event", "COMMENT");
    review.put("body", summary);
    review.put("comments", anchored);
    try {
      http.send("POST", uri(pr, "/pulls/" + pr.number() + "/reviews"), review);
    } catch (ProviderRejectedException e) {
      // one review is all or nothing: a line GitHub cannot place refuses them all
      if (e.status() == 422) {
        throw new AnchorsRefusedException(e.getMessage(), comments);
      }
      throw e;
    }
  }

  @Override
  public PostedComment createComment(PullRequest pr, String body) {
    JsonNode created =
        http.send("POST", uri(pr, "/issues/" + pr.number() + "/comments"), Map.of("body", body))
            .json();
    return new PostedComment(created.path("id").asString(), body);
  }

  @Override
  public void editComment(PullRequest pr, String commentId, String body) {
    http.send(
        "PATCH", uri(pr, "/issues/comments/" + UrlPaths.encode(commentId)), Map.of("body", body));
  }

  @Override
  public void setStatus(PullRequest pr, CommitStatus status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", status.state().name().toLowerCase(Locale.ROOT));
    body.put("context", status.context());
    body.put("description", shorten(status.description()));
    if (status.targetUrl() != null) {
      body.put("target_url", status.targetUrl());
    }
    http.send("POST", uri(pr, "/statuses/" + UrlPaths.encode(status.sha())), body);
  }

  private static String shorten(String text) {
    return text.length() <= DESCRIPTION_LIMIT
        ? text
        : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
  }

  private URI uri(PullRequest pr, String path) {
    return URI.create(base + "/repos/" + UrlPaths.encodePath(pr.repository()) + path);
  }
}
