package dev.reviewpanel.local;

import dev.reviewpanel.fakes.FakeGitHub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * One local stack for the tests of the stack's clients (the {@code submit} command and the
 * scm-gateway with a fake GitHub), started once per test JVM: an API key required, the gateway's
 * GitHub pointed at a fake on loopback.
 */
public final class ClientStacks {

  public static final String API_KEY = "client-tests-key";
  static final String GITHUB_TOKEN = "fake-github-token";
  static final String GITHUB_SECRET = "fake-webhook-secret";

  private static LocalStack stack;
  private static FakeGitHub github;

  private ClientStacks() {}

  static synchronized LocalStack stack() {
    if (stack == null) {
      github = FakeGitHub.start(GITHUB_TOKEN);
      try {
        stack =
            LocalStack.start(
                TestStacks.onFreePorts(
                    Files.createTempDirectory("review-panel-clients-"),
                    Map.of(
                        "review.security.api-keys", API_KEY,
                        "review.gateway.github.api-url", github.apiUrl(),
                        "review.gateway.github.token", GITHUB_TOKEN,
                        "review.gateway.github.webhook-secret", GITHUB_SECRET)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stack.close();
                    github.close();
                  }));
    }
    return stack;
  }

  /** The coordinator's URL, the stack started if need be. */
  public static String coordinatorUrl() {
    return stack().url("coordinator");
  }

  static FakeGitHub github() {
    stack();
    return github;
  }
}
