package dev.reviewpanel.local.submit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.local.ClientStacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review-panel submit} against the real local stack: output and every exit code. */
class SubmitCommandTests {

  private static final String SAFE =
      """
      import json


      def load(text):
          return json.loads(text)
      """;

  // an SQL injection (HIGH): changes requested
  private static final String QUERY =
      """
      from flask import request


      def find(cursor):
          name = request.args.get("name")
          cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
          return cursor.fetchall()
      """;

  // a command injection (CRITICAL): rejected
  private static final String SHELL =
      """
      import subprocess

      from flask import request


      def archive():
          path = request.args.get("path")
          subprocess.call("tar czf archive.tgz " + path, shell=True)
      """;

  @TempDir Path dir;

  @Test
  void shouldExitZeroOnApproveAndWriteTheReportItWasAskedFor() throws IOException {
    write("app/util.py", SAFE);
    write(".gitignore", "generated/\n");
    write("generated/shell.py", SHELL);

    Run run = submit(".", "--format", "markdown", "--output", "out/review.md");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Review ", "1 file(s) sent", "Approved");
    assertThat(run.err())
        .contains("security: completed", "bug: completed", "performance: completed");
    assertThat(Files.readString(dir.resolve("out/review.md"))).contains("# Review", "APPROVE");
  }

  @Test
  void shouldExitOneOnRequestChangesUnlessItOnlyFailsOnReject() throws IOException {
    write("app/query.py", QUERY);

    Run standard = submit("app");
    Run onReject = submit("app", "--fail-on", "reject");

    assertThat(standard.exit()).as(standard.err()).isEqualTo(1);
    assertThat(standard.out()).contains("Changes requested");
    assertThat(onReject.exit()).as(onReject.err()).isZero();
  }

  @Test
  void shouldExitOneOnRejectUnlessToldNever() throws IOException {
    write("app/shell.py", SHELL);

    Run standard = submit("app", "--format", "sarif");
    Run never = submit("app", "--fail-on", "never");

    assertThat(standard.exit()).as(standard.err()).isEqualTo(1);
    assertThat(standard.out())
        .as("the report owns standard output")
        .startsWith("{")
        .contains("\"version\" : \"2.1.0\"");
    assertThat(standard.err()).contains("Rejected");
    assertThat(never.exit()).isZero();
  }

  @Test
  void shouldReviewOnlyTheLinesAGitRangeAdds() throws Exception {
    write(
        "app/shell.py",
        SHELL.replace("subprocess.call(\"tar czf archive.tgz \" + path, shell=True)", "pass"));
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "base");
    write("app/shell.py", SHELL);
    write("app/query.py", QUERY);
    git("add", ".");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "head");
    write("app/shell.py", SAFE); // the working tree is not what is reviewed: HEAD is

    Run run = submit("--git", "HEAD~1..HEAD", "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "\"path\":\"app/shell.py\"", "\"path\":\"app/query.py\"", "\"decision\":\"REJECT\"");
  }

  @Test
  void shouldReviewTheFilesOfADiff() throws IOException {
    write("app/query.py", QUERY);
    write(
        "change.diff",
        """
        diff --git a/app/query.py b/app/query.py
        --- a/app/query.py
        +++ b/app/query.py
        @@ -5,3 +5,3 @@ def find(cursor):
             name = request.args.get("name")
        -    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
        +    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
             return cursor.fetchall()
        """);

    Run run = submit("--diff", "change.diff");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("1 file(s) sent", "SQL injection");
  }

  @Test
  void shouldExitTwoWhenTheServiceCannotBeReachedOrRefusesTheReview() throws IOException {
    write("app/util.py", SAFE);
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }

    Run refused =
        run(
            List.of("app", "--url", "http://127.0.0.1:" + closed),
            Map.of("REVIEW_PANEL_API_KEY", ClientStacks.API_KEY));
    Run noKey = run(List.of("app"), Map.of("REVIEW_PANEL_URL", ClientStacks.coordinatorUrl()));
    Run badAgent = submit("app", "--agents", "astrology");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains("cannot reach http://127.0.0.1:" + closed, "connection refused");
    assertThat(noKey.exit()).isEqualTo(2);
    assertThat(noKey.err()).contains("(401)", "REVIEW_PANEL_API_KEY");
    assertThat(badAgent.exit()).isEqualTo(2);
    assertThat(badAgent.err()).contains("(400)", "agent 'astrology' is not registered");
  }

  @Test
  void shouldSendTheRepositorysSettingsSoItsFailOnAndBaselineDecide() throws IOException {
    write("app/query.py", QUERY);
    write(".review-panel.yml", "fail-on: critical\n");

    Run gated = submit("app", "--format", "sarif", "--output", "review.sarif");

    assertThat(gated.exit()).as(gated.out() + gated.err()).isZero();
    assertThat(gated.out()).contains("approved by fail-on: critical of .review-panel.yml");
    assertThat(Files.readString(dir.resolve("review.sarif"))).contains("python.sql-injection");
  }

  @Test
  void shouldExitTwoWithTheKeyAndLineOfAnInvalidConfigurationBeforeSendingAnything()
      throws IOException {
    write("app/query.py", QUERY);
    write(".review-panel.yml", "rules:\n  python.sql-injection: maybe\n");

    Run invalid = submit("app");

    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err())
        .contains(".review-panel.yml is invalid: line 2: rules.python.sql-injection")
        .doesNotContain("Review ");
  }

  private Run submit(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    return run(
        all,
        Map.of(
            "REVIEW_PANEL_URL",
            ClientStacks.coordinatorUrl(),
            "REVIEW_PANEL_API_KEY",
            ClientStacks.API_KEY));
  }

  private Run run(List<String> args, Map<String, String> environment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SubmitCommand.parse(args.toArray(String[]::new), environment, dir)
            .run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exit, String out, String err) {}

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
