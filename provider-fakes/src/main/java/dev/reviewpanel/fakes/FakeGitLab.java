package dev.reviewpanel.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitLab's REST API v4 as far as the gateway uses it, with GitLab's answer shapes and checks:
 * {@code PRIVATE-TOKEN}, discussion positions that must name the merge request's diff refs and a
 * line of its diff (400 otherwise), status states.
 */
public final class FakeGitLab extends FakeServer {

  private static final Set<String> STATES =
      Set.of("pending", "running", "success", "failed", "canceled");

  private final String token;
  private final Map<String, FakeRepository> projects = new ConcurrentHashMap<>();
  private final Map<String, FakePullRequest> requests = new ConcurrentHashMap<>();

  public FakeGitLab(int port, String token) {
    super(port);
    this.token = token;
  }

  public static FakeGitLab start(String token) {
    return new FakeGitLab(0, token);
  }

  /** The API base URL the gateway is configured with ({@code review.gateway.gitlab.api-url}). */
  public String apiUrl() {
    return url() + "/api/v4";
  }

  public FakeRepository project(String path) {
    return projects.computeIfAbsent(path, FakeRepository::new);
  }

  public FakePullRequest mergeRequest(String project, int iid, String base, String head) {
    FakePullRequest mr =
        new FakePullRequest(project(project), String.valueOf(iid), base, head, "feature/" + iid);
    requests.put(project + "!" + iid, mr);
    return mr;
  }

  /** Answers the next calls with GitLab's rate limit: 429 and {@code Retry-After}. */
  public void rateLimitNext(String pathPart, int count) {
    failNext(
        pathPart,
        count,
        429,
        Map.of("Retry-After", "1", "RateLimit-Remaining", "0"),
        "Retry later");
  }

  @Override
  protected boolean authorized(Call call) {
    return token.equals(call.header("private-token"));
  }

  @Override
  protected Response handle(Call call) {
    List<String> s = call.segments();
    if (s.size() < 5
        || !s.get(0).equals("api")
        || !s.get(1).equals("v4")
        || !s.get(2).equals("projects")) {
      throw new Refusal(404, "404 Not Found");
    }
    String project = s.get(3);
    String resource = s.get(4);
    if (resource.equals("repository") && s.size() == 8 && s.get(7).equals("raw")) {
      byte[] bytes =
          project(project)
              .file(call.query().get("ref"), s.get(6))
              .orElseThrow(() -> new Refusal(404, "404 File Not Found"));
      return new Response(200, Map.of("Content-Type", "text/plain"), bytes);
    }
    if (resource.equals("statuses") && call.method().equals("POST")) {
      return status(s.get(5), body(call));
    }
    if (!resource.equals("merge_requests") || s.size() < 6) {
      throw new Refusal(404, "404 Not Found");
    }
    FakePullRequest mr = requests.get(project + "!" + s.get(5));
    if (mr == null) {
      throw new Refusal(404, "404 Not found");
    }
    String tail = s.size() > 6 ? s.get(6) : "";
    if (tail.equals("notes") && s.size() == 8 && call.method().equals("PUT")) {
      if (!mr.editComment(s.get(7), (String) body(call).get("body"))) {
        throw new Refusal(404, "404 Note Not Found");
      }
      return json(200, Map.of("id", Long.parseLong(s.get(7))));
    }
    return switch (tail + " " + call.method()) {
      case " GET" -> json(200, mergeRequest(mr));
      case "diffs GET" -> page(call, diffs(mr));
      case "discussions GET" -> page(call, discussions(mr));
      case "discussions POST" -> discussion(mr, body(call));
      case "notes GET" ->
          page(
              call,
              mr.comments().stream()
                  .map(c -> Map.of("id", Long.parseLong(c.id()), "body", c.body(), "system", false))
                  .toList());
      case "notes POST" -> {
        FakePullRequest.Comment c = mr.addComment((String) body(call).get("body"));
        yield json(201, Map.of("id", Long.parseLong(c.id()), "body", c.body()));
      }
      default -> throw new Refusal(404, "404 Not Found");
    };
  }

  private static Map<String, Object> mergeRequest(FakePullRequest mr) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("iid", Integer.parseInt(mr.number));
    json.put("state", mr.open ? "opened" : "closed");
    json.put("draft", mr.draft);
    json.put("sha", mr.head);
    json.put("source_branch", mr.headRef);
    json.put("diff_refs", Map.of("base_sha", mr.base, "start_sha", mr.base, "head_sha", mr.head));
    return json;
  }

  private static List<Map<String, Object>> diffs(FakePullRequest mr) {
    List<Map<String, Object>> diffs = new ArrayList<>();
    for (FakeRepository.Change change : mr.repository.changes(mr.base, mr.head)) {
      Map<String, Object> diff = new LinkedHashMap<>();
      diff.put("old_path", change.path());
      diff.put("new_path", change.path());
      diff.put("new_file", change.status().equals("added"));
      diff.put("renamed_file", false);
      diff.put("deleted_file", change.status().equals("removed"));
      diff.put("diff", change.patch() == null ? "" : change.patch() + "\n");
      diffs.add(diff);
    }
    return diffs;
  }

  private static List<Map<String, Object>> discussions(FakePullRequest mr) {
    return mr.lineComments().stream()
        .map(
            c ->
                Map.<String, Object>of(
                    "id",
                    "d" + c.id(),
                    "notes",
                    List.of(
                        Map.of("id", Long.parseLong(c.id()), "body", c.body(), "system", false))))
        .toList();
  }

  private Response discussion(FakePullRequest mr, Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    Map<String, Object> position = (Map<String, Object>) body.get("position");
    if (position == null || !"text".equals(position.get("position_type"))) {
      throw new Refusal(400, "400 Bad request - position is missing");
    }
    if (!mr.base.equals(position.get("base_sha"))
        || !mr.base.equals(position.get("start_sha"))
        || !mr.head.equals(position.get("head_sha"))) {
      throw new Refusal(
          400, "400 Bad request - position shas do not match the merge request's diff refs");
    }
    String path = (String) position.get("new_path");
    Map<String, String> patches = new LinkedHashMap<>();
    mr.repository.changes(mr.base, mr.head).forEach(c -> patches.put(c.path(), c.patch()));
    if (!(position.get("new_line") instanceof Integer line)
        || !path.equals(position.get("old_path"))
        || patches.get(path) == null
        || !NaiveDiff.visibleNewLines(patches.get(path), false).contains(line)) {
      throw new Refusal(
          400,
          "400 Bad request - Note {:line_code=>[\"can't be blank\", \"must be a valid line code\"]}");
    }
    FakePullRequest.LineComment comment =
        new FakePullRequest.LineComment(
            FakePullRequest.nextId(), path, line, "new", mr.head, (String) body.get("body"));
    synchronized (mr) {
      mr.lineComments.add(comment);
    }
    return json(
        201,
        Map.of(
            "id",
            "d" + comment.id(),
            "notes",
            List.of(Map.of("id", Long.parseLong(comment.id()), "body", comment.body()))));
  }

  private Response status(String sha, Map<String, Object> body) {
    String state = (String) body.get("state");
    if (!STATES.contains(state) || body.get("name") == null) {
      throw new Refusal(400, "400 Bad request - state does not have a valid value");
    }
    return recordStatus(
        new FakeStatus(
            sha,
            state,
            (String) body.get("name"),
            (String) body.get("description"),
            (String) body.get("target_url")),
        Map.of("status", state));
  }
}
