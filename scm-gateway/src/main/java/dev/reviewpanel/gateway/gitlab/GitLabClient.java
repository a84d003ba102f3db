package dev.reviewpanel.gateway.gitlab;

import dev.reviewpanel.gateway.scm.AnchorsRefusedException;
import dev.reviewpanel.gateway.scm.ChangedFile;
import dev.reviewpanel.gateway.scm.CommitState;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** GitLab's REST API v4 (gitlab.com or self-managed). */
@Component
class GitLabClient implements ScmClient {

  private final String base;
  private final ProviderHttp http;

  GitLabClient(GitLabProperties properties, Clock clock, ProviderMetrics metrics) {
    this.base = UrlPaths.base(properties.apiUrl());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    headers.put("User-Agent", "review-panel-scm-gateway");
    if (properties.tokenSet()) {
      headers.put("PRIVATE-TOKEN", properties.token().strip());
    }
    this.http = new ProviderHttp(Provider.GITLAB, headers, properties.timeout(), clock, metrics);
  }

  @Override
  public Provider provider() {
    return Provider.GITLAB;
  }

  @Override
  public PullRequestState state(PullRequest mr) {
    JsonNode json = http.get(mergeRequest(mr, ""), null, false).json();
    JsonNode refs = json.path("diff_refs");
    return new PullRequestState(
        refs.path("head_sha").asString(json.path("sha").asString()),
        refs.path("base_sha").asString(),
        refs.path("start_sha").asString(),
        "opened".equals(json.path("state").asString()),
        json.path("draft").asBoolean(json.path("work_in_progress").asBoolean(false)));
  }

  @Override
  public List<ChangedFile> changedFiles(PullRequest mr) {
    return http.pages(mergeRequest(mr, "/diffs?per_page=100")).stream()
        .map(GitLabClient::changedFile)
        .toList();
  }

  private static ChangedFile changedFile(JsonNode diff) {
    ChangedFile.Change change = ChangedFile.Change.MODIFIED;
    if (diff.path("deleted_file").asBoolean(false)) {
      change = ChangedFile.Change.REMOVED;
    } else if (diff.path("new_file").asBoolean(false)) {
      change = ChangedFile.Change.ADDED;
    } else if (diff.path("renamed_file").asBoolean(false)) {
      change = ChangedFile.Change.RENAMED;
    }
    String text = diff.path("diff").asString("");
    // binary files and diffs GitLab collapses as too large come without hunks
    String patch = text.startsWith("@@") ? text : null;
    String path =
        change == ChangedFile.Change.REMOVED
            ? diff.path("old_path").asString()
            : diff.path("new_path").asString();
    return new ChangedFile(path, diff.path("old_path").asString(path), change, patch);
  }

  @Override
  public Optional<byte[]> fileAt(PullRequest mr, String path, String sha) {
    URI uri =
        URI.create(
            project(mr)
                + "/repository/files/"
                + UrlPaths.encode(path)
                + "/raw?ref="
                + UrlPaths.encode(sha));
    ProviderResponse response = http.get(uri, "*/*", true);
    return response.found() ? Optional.of(response.body()) : Optional.empty();
  }

  @Override
  public List<PostedComment> inlineComments(PullRequest mr) {
    return http.pages(mergeRequest(mr, "/discussions?per_page=100")).stream()
        .flatMap(discussion -> discussion.path("notes").valueStream())
        .map(note -> new PostedComment(note.path("id").asString(), note.path("body").asString("")))
        .toList();
  }

  @Override
  public List<PostedComment> comments(PullRequest mr) {
    return http.pages(mergeRequest(mr, "/notes?per_page=100")).stream()
        .filter(note -> !note.path("system").asBoolean(false))
        .map(note -> new PostedComment(note.path("id").asString(), note.path("body").asString("")))
        .toList();
  }

  /** One discussion per comment: GitLab has no batch of positioned notes outside draft notes. */
  @Override
  public void postInlineComments(
      PullRequest mr, PullRequestState state, String summary, List<InlineComment> comments) {
    List<InlineComment> refused = new ArrayList<>();
    String reason = null;
    for (InlineComment comment : comments) {
      Map<String, Object> position = new LinkedHashMap<>();
      position.put("position_type", "text");
      position.put("base_sha", state.baseSha());
      position.put("start_sha", state.startSha());
      position.put("head_sha", state.headSha());
      position.put("old_path", comment.previousPath());
      position.put("new_path", comment.path());
      position.put("new_line", comment.line());
      try {
        http.send(
            "POST",
            mergeRequest(mr, "/discussions"),
            Map.of("body", comment.body(), "position", position));
      } catch (ProviderRejectedException e) {
        if (e.status() != 400 && e.status() != 422) {
          throw e;
        }
        refused.add(comment);
        reason = e.getMessage();
      }
    }
    if (!refused.isEmpty()) {
      throw new AnchorsRefusedException(reason, refused);
    }
  }

  @Override
  public PostedComment createComment(PullRequest mr, String body) {
    JsonNode created = http.send("POST", mergeRequest(mr, "/notes"), Map.of("body", body)).json();
    return new PostedComment(created.path("id").asString(), body);
  }

  @Override
  public void editComment(PullRequest mr, String commentId, String body) {
    http.send(
        "PUT", mergeRequest(mr, "/notes/" + UrlPaths.encode(commentId)), Map.of("body", body));
  }

  @Override
  public void setStatus(PullRequest mr, CommitStatus status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("state", state(status.state()));
    body.put("name", status.context());
    body.put("description", status.description());
    if (status.targetUrl() != null) {
      body.put("target_url", status.targetUrl());
    }
    http.send("POST", URI.create(project(mr) + "/statuses/" + UrlPaths.encode(status.sha())), body);
  }

  private static String state(CommitState state) {
    return switch (state) {
      case PENDING -> "pending";
      case SUCCESS -> "success";
      case FAILURE, ERROR -> "failed";
    };
  }

  private String project(PullRequest mr) {
    return base + "/projects/" + UrlPaths.encode(mr.repository());
  }

  private URI mergeRequest(PullRequest mr, String path) {
    return URI.create(project(mr) + "/merge_requests/" + UrlPaths.encode(mr.number()) + path);
  }
}
