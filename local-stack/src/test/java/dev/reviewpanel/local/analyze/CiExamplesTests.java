package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.fakes.PullRequestScenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The CI examples in {@code examples/ci}: valid YAML (yamllint where installed), the permissions
 * and steps the docs promise, {@code analyze} commands this version accepts, and a GitLab SAST
 * conversion that turns a real report into GitLab's shape (where jq is installed).
 */
class CiExamplesTests {

  private static final Path CI = Path.of("../examples/ci");
  private static final Pattern ANALYZE = Pattern.compile("review-panel analyze ([^\\n]*)");

  @TempDir Path dir;

  @Test
  void shouldGiveTheGitHubWorkflowWhatCodeScanningAndCommentsNeed() throws IOException {
    Map<String, Object> workflow = yaml("github-actions.yml");
    String text = Files.readString(CI.resolve("github-actions.yml"));

    assertThat(map(workflow, "on")).containsKey("pull_request");
    assertThat(map(workflow, "permissions"))
        .containsEntry("security-events", "write")
        .containsEntry("pull-requests", "write")
        .containsEntry("contents", "read");
    assertThat(text)
        .contains("uses: github/codeql-action/upload-sarif@v3", "sarif_file: review.sarif");
    assertAnalyzeCommandsParse(text, 2);
  }

  @Test
  void shouldGiveTheGitLabJobASastReportAndArtifacts() throws IOException {
    Map<String, Object> job = map(yaml("gitlab-ci.yml"), "review-panel");
    String text = Files.readString(CI.resolve("gitlab-ci.yml"));

    assertThat(map(map(job, "artifacts"), "reports")).containsEntry("sast", "gl-sast-report.json");
    assertThat(String.valueOf(map(job, "artifacts").get("paths")))
        .contains("review.sarif", "review.md");
    assertThat(String.valueOf(job.get("rules"))).contains("merge_request_event");
    assertAnalyzeCommandsParse(text, 3);
  }

  @Test
  void shouldPassYamllint() throws Exception {
    assumeTrue(
        onPath("yamllint"), "yamllint is not installed (apt-get install yamllint): lint skipped");
    Result lint =
        run(
            List.of(
                "yamllint",
                "-c",
                CI.resolve(".yamllint.yml").toString(),
                CI.resolve("github-actions.yml").toString(),
                CI.resolve("gitlab-ci.yml").toString()),
            null);
    assertThat(lint.exit()).as(lint.output()).isZero();
  }

  @Test
  void shouldTurnAReportIntoGitLabsSastShape() throws Exception {
    assumeTrue(onPath("jq"), "jq is not installed: the SAST conversion is not run");
    for (var file : PullRequestScenario.snapshot(PullRequestScenario.PUSH_2).entrySet()) {
      Files.createDirectories(dir.resolve(file.getKey()).getParent());
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnalyzeCommand.parse(new String[] {".", "--format", "json"}, dir)
        .run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()),
            Progress.silent());
    Files.write(dir.resolve("review.json"), out.toByteArray());

    Result converted =
        run(
            List.of(
                "jq",
                "-f",
                CI.resolve("gitlab-sast.jq").toAbsolutePath().toString(),
                "review.json"),
            dir);

    assertThat(converted.exit()).as(converted.output()).isZero();
    JsonNode sast = EventJson.mapper().readTree(converted.output());
    assertThat(sast.path("version").asString()).isEqualTo("15.0.7");
    assertThat(sast.path("scan").path("type").asString()).isEqualTo("sast");
    assertThat(sast.path("scan").path("start_time").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    assertThat(sast.path("vulnerabilities").valueStream())
        .anySatisfy(
            v -> {
              assertThat(v.path("severity").asString()).isEqualTo("Critical");
              assertThat(v.path("location").path("file").asString()).isEqualTo("app/session.py");
              assertThat(v.path("identifiers").toString())
                  .contains("\"type\":\"cwe\"", "\"value\":\"502\"");
            });
  }

  // every analyze command of the example, with its shell variables as plain words, parses
  private static void assertAnalyzeCommandsParse(String text, int expected) {
    Matcher matcher = ANALYZE.matcher(text.replace("\\\n", " ").replaceAll("\n\\s+--", " --"));
    int found = 0;
    while (matcher.find()) {
      String[] args =
          matcher.group(1).replace("\"", "").replaceAll("\\$\\S+", "x").strip().split("\\s+");
      AnalyzeOptions options = AnalyzeOptions.parse(args);
      assertThat(options.diff()).as(matcher.group()).isNotNull();
      assertThat(options.output()).as(matcher.group()).isNotNull();
      found++;
    }
    assertThat(found).isEqualTo(expected);
  }

  private static Map<String, Object> yaml(String name) throws IOException {
    return new Yaml().load(Files.readString(CI.resolve(name)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    assertThat(parent).containsKey(key);
    return (Map<String, Object>) parent.get(key);
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Path directory) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static boolean onPath(String tool) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .stream()
        .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }
}
