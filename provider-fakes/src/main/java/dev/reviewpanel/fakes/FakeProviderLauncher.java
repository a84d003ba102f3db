package dev.reviewpanel.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.reviewpanel.events.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * A fake GitHub for trying the scm-gateway by hand: {@code acme/shop} pull request #1 at its first
 * push, the webhook payloads to deliver with {@code curl}, and a control port to make the second
 * push and see what the gateway posted. Run it with {@code examples/scm-gateway/fake-github.sh}.
 *
 * <p>Arguments: {@code [port (9099)] [payload directory (target/fake-github)]}; the webhook secret
 * is {@code REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET} or {@code local-secret}.
 */
public final class FakeProviderLauncher {

  static final String TOKEN = "fake-token";
  static final String REPO = "acme/shop";

  private FakeProviderLauncher() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9099;
    Path payloads = Path.of(args.length > 1 ? args[1] : "target/fake-github").toAbsolutePath();
    String secret =
        System.getenv().getOrDefault("REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET", "local-secret");
    FakeGitHub github = new FakeGitHub(port, TOKEN);
    FakeRepository repo = github.repository(REPO);
    String base = repo.commit(PullRequestScenario.adopted(PullRequestScenario.BASE));
    String head1 = repo.commit(PullRequestScenario.adopted(PullRequestScenario.PUSH_1));
    String head2 = repo.commit(PullRequestScenario.adopted(PullRequestScenario.PUSH_2));
    FakePullRequest pr = github.pullRequest(REPO, 1, base, head1);
    Files.createDirectories(payloads);
    Path first = payloads.resolve("push-1.json");
    Files.writeString(first, Webhooks.githubPullRequest("opened", REPO, pr));
    pr.push(head2);
    Path second = payloads.resolve("push-2.json");
    Files.writeString(second, Webhooks.githubPullRequest("synchronize", REPO, pr));
    pr.push(head1);
    HttpServer control = control(port + 1, github, pr, head2);

    String gateway = "http://127.0.0.1:8085/webhooks/github";
    System.out.printf(
        """
        Fake GitHub on %s (token %s): %s pull request #1 at %s, webhook secret '%s'.

        1. Start Review Panel against it (another terminal):
             REVIEW_GATEWAY_GITHUB_WEBHOOKSECRET=%s REVIEW_GATEWAY_GITHUB_TOKEN=%s \\
               ./review-panel up --no-demo --review.gateway.github.api-url=%s

        2. Deliver the first push, signed as GitHub signs it:
        %s

        3. See what the gateway posted (comments, summary, statuses):
             curl -s http://127.0.0.1:%d/state

        4. Push the second commit (fixes the SQL injection, adds an unsafe deserialization) and deliver it:
             curl -s -X POST http://127.0.0.1:%d/push
        %s

        Ctrl-C stops the fake.
        """,
        github.url(),
        TOKEN,
        REPO,
        head1,
        secret,
        secret,
        TOKEN,
        github.url(),
        curl(gateway, first, secret),
        port + 1,
        port + 1,
        curl(gateway, second, secret));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  control.stop(0);
                  github.close();
                }));
    new CountDownLatch(1).await();
  }

  static String curl(String url, Path payload, String secret) {
    return "     curl -s -X POST "
        + url
        + " -H 'Content-Type: application/json' -H 'X-GitHub-Event: pull_request' \\\n"
        + "       -H \"X-GitHub-Delivery: $(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)\" \\\n"
        + "       -H \"X-Hub-Signature-256: sha256=$(openssl dgst -sha256 -hmac '"
        + secret
        + "' < "
        + payload
        + " | sed 's/^.* //')\" \\\n"
        + "       --data-binary @"
        + payload;
  }

  private static HttpServer control(int port, FakeGitHub github, FakePullRequest pr, String head2)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/push",
        exchange -> {
          pr.push(head2);
          respond(exchange, Map.of("head", head2, "delivery", UUID.randomUUID().toString()));
        });
    server.createContext(
        "/state",
        exchange -> {
          Map<String, Object> state = new LinkedHashMap<>();
          state.put("head", pr.head());
          state.put(
              "lineComments",
              pr.lineComments().stream()
                  .map(
                      c ->
                          c.path() + ":" + c.line() + " " + c.body().lines().findFirst().orElse(""))
                  .toList());
          state.put("reviews", pr.reviews().size());
          state.put(
              "comments",
              pr.comments().stream()
                  .map(c -> Map.of("id", c.id(), "edits", c.edits(), "body", c.body()))
                  .toList());
          state.put("statuses", github.statuses());
          respond(exchange, state);
        });
    server.start();
    return server;
  }

  private static void respond(HttpExchange exchange, Object body) throws IOException {
    byte[] bytes = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
