package dev.reviewpanel.fakes;

import dev.reviewpanel.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook payloads in the providers' shapes (the fields the gateway reads, and a few more). */
public final class Webhooks {

  private Webhooks() {}

  public static String githubPullRequest(String action, String repo, FakePullRequest pr) {
    Map<String, Object> pull = new LinkedHashMap<>();
    pull.put("number", Integer.parseInt(pr.number));
    pull.put("state", pr.open ? "open" : "closed");
    pull.put("draft", pr.draft);
    pull.put("title", "Change " + pr.number);
    pull.put("head", Map.of("sha", pr.head, "ref", pr.headRef, "repo", Map.of("full_name", repo)));
    pull.put("base", Map.of("sha", pr.base, "ref", "main", "repo", Map.of("full_name", repo)));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("action", action);
    payload.put("number", Integer.parseInt(pr.number));
    payload.put("pull_request", pull);
    payload.put(
        "repository", Map.of("full_name", repo, "name", repo.substring(repo.indexOf('/') + 1)));
    payload.put("sender", Map.of("login", "octocat"));
    return EventJson.mapper().writeValueAsString(payload);
  }

  public static String gitlabMergeRequest(
      String action, String project, FakePullRequest mr, boolean newCommits) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("iid", Integer.parseInt(mr.number));
    attributes.put("action", action);
    attributes.put("state", mr.open ? "opened" : "closed");
    attributes.put("draft", mr.draft);
    attributes.put("source_branch", mr.headRef);
    attributes.put("target_branch", "main");
    attributes.put("last_commit", Map.of("id", mr.head));
    if (newCommits) {
      attributes.put("oldrev", mr.base);
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("object_kind", "merge_request");
    payload.put("event_type", "merge_request");
    payload.put("project", Map.of("id", 42, "path_with_namespace", project));
    payload.put("object_attributes", attributes);
    return EventJson.mapper().writeValueAsString(payload);
  }

  /** The {@code X-Hub-Signature-256} value of {@code body}, computed as GitHub does. */
  public static String signature(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
