package dev.reviewpanel.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub's REST API as far as the gateway uses it, with GitHub's answer shapes and checks: bearer
 * token, API version header, review comments only on lines of the diff (422 otherwise), status
 * states and description length.
 */
public final class FakeGitHub extends FakeServer {

  private static final Set<String> STATES = Set.of("pending", "success", "failure", "error");

  private final String token;
  private final Map<String, FakeRepository> repositories = new ConcurrentHashMap<>();
  private final Map<String, FakePullRequest> pulls = new ConcurrentHashMap<>();

  public FakeGitHub(int port, String token) {
    super(port);
    this.token = token;
  }

  public static FakeGitHub start(String token) {
    return new FakeGitHub(0, token);
  }

  /** The API base URL the gateway is configured with ({@code review.gateway.github.api-url}). */
  public String apiUrl() {
    return url();
  }

  public FakeRepository repository(String fullName) {
    return repositories.computeIfAbsent(fullName, FakeRepository::new);
  }

  public FakePullRequest pullRequest(String repo, int number, String base, String head) {
    FakePullRequest pr =
        new FakePullRequest(
            repository(repo), String.valueOf(number), base, head, "feature/" + number);
    pulls.put(repo + "#" + number, pr);
    return pr;
  }

  /** Answers the next calls with GitHub's rate limit: 403 and an exhausted quota resetting now. */
  public void rateLimitNext(String pathPart, int count) {
    failNext(
        pathPart,
        count,
        403,
        Map.of(
            "x-ratelimit-remaining",
            "0",
            "x-ratelimit-reset",
            String.valueOf(System.currentTimeMillis() / 1000)),
        "API rate limit exceeded for installation.");
  }

  @Override
  protected boolean authorized(Call call) {
    return ("Bearer " + token).equals(call.header("authorization"))
        && "2022-11-28".equals(call.header("x-github-api-version"))
        && call.header("user-agent") != null;
  }

  @Override
  protected Response handle(Call call) {
    List<String> s = call.segments();
    if (s.size() < 4 || !s.get(0).equals("repos")) {
      throw new Refusal(404, "Not Found");
    }
    String repo = s.get(1) + "/" + s.get(2);
    String resource = s.get(3);
    String method = call.method();
    if (resource.equals("contents") && method.equals("GET")) {
      if (!"application/vnd.github.raw".equals(call.header("accept"))) {
        throw new Refusal(415, "contents are asked for raw");
      }
      String path = String.join("/", s.subList(4, s.size()));
      byte[] bytes =
          repository(repo)
              .file(call.query().get("ref"), path)
              .orElseThrow(() -> new Refusal(404, "Not Found"));
      return new Response(200, Map.of("Content-Type", "application/vnd.github.raw"), bytes);
    }
    if (resource.equals("statuses") && method.equals("POST")) {
      return status(s.get(4), body(call));
    }
    if (resource.equals("issues")
        && s.size() == 6
        && s.get(4).equals("comments")
        && method.equals("PATCH")) {
      String id = s.get(5);
      boolean edited =
          pulls.values().stream()
              .anyMatch(pr -> pr.editComment(id, (String) body(call).get("body")));
      if (!edited) {
        throw new Refusal(404, "Not Found");
      }
      return json(200, Map.of("id", Long.parseLong(id)));
    }
    FakePullRequest pr = pulls.get(repo + "#" + s.get(4));
    if (pr == null) {
      throw new Refusal(404, "Not Found");
    }
    String tail = s.size() > 5 ? s.get(5) : "";
    return switch (resource + "/" + tail + " " + method) {
      case "pulls/ GET" -> json(200, pull(pr));
      case "pulls/files GET" -> page(call, files(pr));
      case "pulls/comments GET" -> page(call, lineComments(pr));
      case "pulls/reviews POST" -> review(pr, body(call));
      case "issues/comments GET" ->
          page(
              call,
              pr.comments().stream()
                  .map(c -> Map.of("id", Long.parseLong(c.id()), "body", c.body()))
                  .toList());
      case "issues/comments POST" -> {
        FakePullRequest.Comment c = pr.addComment((String) body(call).get("body"));
        yield json(201, Map.of("id", Long.parseLong(c.id()), "body", c.body()));
      }
      default -> throw new Refusal(404, "Not Found");
    };
  }

  private static Map<String, Object> pull(FakePullRequest pr) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", Integer.parseInt(pr.number));
    json.put("state", pr.open ? "open" : "closed");
    json.put("draft", pr.draft);
    json.put("head", Map.of("sha", pr.head, "ref", pr.headRef));
    json.put("base", Map.of("sha", pr.base, "ref", "main"));
    return json;
  }

  private static List<Map<String, Object>> files(FakePullRequest pr) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (FakeRepository.Change change : pr.repository.changes(pr.base, pr.head)) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("sha", Integer.toHexString(change.path().hashCode()));
      file.put("filename", change.path());
      file.put("status", change.status());
      if (change.patch() != null) {
        file.put("patch", change.patch());
      }
      files.add(file);
    }
    return files;
  }

  private static List<Map<String, Object>> lineComments(FakePullRequest pr) {
    return pr.lineComments().stream()
        .map(
            c ->
                Map.<String, Object>of(
                    "id",
                    Long.parseLong(c.id()),
                    "path",
                    c.path(),
                    "line",
                    c.line(),
                    "side",
                    c.side(),
                    "commit_id",
                    c.commitId(),
                    "body",
                    c.body()))
        .toList();
  }

  private Response review(FakePullRequest pr, Map<String, Object> review) {
    if (!pr.head.equals(review.get("commit_id"))) {
      throw new Refusal(422, "commit_id is not the head of the pull request");
    }
    if (!Set.of("COMMENT", "APPROVE", "REQUEST_CHANGES").contains(review.get("event"))) {
      throw new Refusal(422, "event must be COMMENT, APPROVE or REQUEST_CHANGES");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> comments =
        (List<Map<String, Object>>) review.getOrDefault("comments", List.of());
    Map<String, String> patches = new LinkedHashMap<>();
    pr.repository.changes(pr.base, pr.head).forEach(c -> patches.put(c.path(), c.patch()));
    List<FakePullRequest.LineComment> accepted = new ArrayList<>();
    for (Map<String, Object> comment : comments) {
      String path = (String) comment.get("path");
      if (!(comment.get("line") instanceof Integer line)
          || !"RIGHT".equals(comment.get("side"))
          || comment.get("body") == null) {
        throw new Refusal(
            422, "a review comment needs path, line (a number), side RIGHT and body: " + comment);
      }
      String patch = patches.get(path);
      if (patch == null || !NaiveDiff.visibleNewLines(patch, false).contains(line)) {
        throw new Refusal(
            422,
            "Pull request review thread line must be part of the diff (" + path + ":" + line + ")");
      }
      accepted.add(
          new FakePullRequest.LineComment(
              FakePullRequest.nextId(),
              path,
              line,
              "RIGHT",
              pr.head,
              (String) comment.get("body")));
    }
    synchronized (pr) {
      pr.lineComments.addAll(accepted);
      pr.reviews.add(
          new FakePullRequest.Review(
              pr.head, (String) review.get("event"), (String) review.get("body"), accepted.size()));
    }
    return json(200, Map.of("id", Long.parseLong(FakePullRequest.nextId()), "state", "COMMENTED"));
  }

  private Response status(String sha, Map<String, Object> body) {
    String state = (String) body.get("state");
    String description = (String) body.getOrDefault("description", "");
    if (!STATES.contains(state) || body.get("context") == null || description.length() > 140) {
      throw new Refusal(
          422, "Validation Failed: state, context and a description of at most 140 characters");
    }
    return recordStatus(
        new FakeStatus(
            sha, state, (String) body.get("context"), description, (String) body.get("target_url")),
        Map.of("state", state));
  }
}
