package dev.reviewpanel.local.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.local.ReviewPanelCommand;
import dev.reviewpanel.local.analyze.SampleTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealWorldCommandTests {

  @TempDir Path dir;
  private Path cache;
  private Path apps;

  @BeforeEach
  void copyFixtures() throws IOException {
    SampleTrees.copy("real-world", dir);
    cache = dir.resolve("cache");
    apps = dir.resolve("apps");
  }

  @Test
  void shouldPrintFiguresPerProjectAndLanguageTargetsAndRecall() {
    Run run = evaluate("--triage", dir.resolve("none.tsv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Real-world corpus: 2 project(s)")
        .containsPattern("tiny-lib +python +1 +\\d+ ")
        .containsPattern("tiny-web +javascript +2 +\\d+ ")
        .containsPattern("python.code-injection 1")
        // exec of the user's own config file is the feature: a LOW note, not a MEDIUM+ finding
        .containsPattern("tiny-lib +python +1 +\\d+ +[0-9.]+ +0\\.00 +0\\.00 +[1-9][0-9.]* +[1-9]")
        .contains("Slowest files (seconds, lines):")
        .contains("Analyzer problems (parse errors, failures, time budget): 1")
        .containsPattern("parser +tiny-web/lib/broken.js: ")
        .contains("tiny-lib/tinylib/config.py")
        .containsPattern(
            "MEDIUM\\+ findings per 1,000 lines, clean corpus +[0-9.]+ \\(2 in \\d+ lines\\)")
        .containsPattern(
            "CRITICAL/HIGH false positives +0 \\(\\+1 CRITICAL/HIGH untriaged\\).*FAIL")
        .containsPattern("triaged MEDIUM\\+ findings that are TP +n/a \\(nothing triaged\\)")
        .contains("MEDIUM+ findings with no triage row: 2 (CRITICAL/HIGH: 1)")
        .contains("4 marked vulnerabilities")
        .containsPattern("category +sql-injection +1/1 ")
        .containsPattern("category +command-injection +1/1 ");
    // the safe look-alikes beside the marked sinks raise nothing
    assertThat(run.out())
        .contains("Security findings on no marked line (possible false positives): 0");
  }

  @Test
  void shouldScoreVerdictsWrittenIntoTheUntriagedFile() throws IOException {
    Path untriaged = dir.resolve("out/untriaged.tsv");
    evaluate("--triage", dir.resolve("none.tsv").toString(), "--untriaged", untriaged.toString());
    List<String> rows = Files.readAllLines(untriaged);
    assertThat(rows).hasSize(3).first().isEqualTo(Triage.HEADER);
    List<String> judged = new ArrayList<>(List.of(rows.get(0)));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      String verdict = cells[1].equals("python.hardcoded-secret") ? "FP" : "TP";
      judged.add(String.join("\t", cells[0], cells[1], cells[2], verdict, "judged in a test"));
    }
    Path triage = dir.resolve("triage.tsv");
    Files.write(triage, judged);

    Run run = evaluate("--triage", triage.toString());

    assertThat(run.out())
        .containsPattern("CRITICAL/HIGH false positives +0 +target 0 +PASS")
        .containsPattern("triaged MEDIUM\\+ findings that are TP +50.0% \\(1/2\\).*FAIL")
        .containsPattern("python.hardcoded-secret +1 +0 +0 +1 +0.0% ")
        .containsPattern("javascript.xss +1 +1 +0 +0 +100.0% ")
        .contains("MEDIUM+ findings with no triage row: 0 (CRITICAL/HIGH: 0)")
        .contains("0 triage row(s) match no finding any more");
  }

  @Test
  void shouldFetchFirstWhenTheCacheHasNoIndexYet() throws IOException {
    Path empty = dir.resolve("empty-cache");
    Path manifest =
        fakeFetchScript(
            "mkdir -p \"$cache/projects/tiny\" && cp \"$here/tiny.py\" \"$cache/projects/tiny/\"");
    Files.writeString(manifest.resolveSibling("tiny.py"), "def add(a, b):\n    return a + b\n");

    Run run =
        command("--cache", empty.toString(), "--manifest", manifest.toString(), "--apps", "none");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("fetching the real-world corpus (no corpus in");
    assertThat(run.out()).containsPattern("tiny +python +1 +\\d+ ");

    Run again =
        command("--cache", empty.toString(), "--manifest", manifest.toString(), "--apps", "none");
    assertThat(again.err()).doesNotContain("fetching");
  }

  @Test
  void shouldStopWithTheReasonWhenFetchingFails() throws IOException {
    Path manifest = fakeFetchScript("echo 'fetch.sh: download failed: HTTP 404' >&2; exit 3");

    Run run = command("--cache", dir.resolve("c").toString(), "--manifest", manifest.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("fetch.sh: download failed: HTTP 404")
        .contains("fetch.sh failed (exit 3)");
  }

  // a stand-in fetch.sh beside a manifest: $body makes the project, then the index is written
  private Path fakeFetchScript(String body) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path manifest = Files.writeString(corpus.resolve("corpus.tsv"), "# test manifest\n");
    Files.writeString(
        corpus.resolve("fetch.sh"),
        String.join(
            "\n",
            "set -e",
            "here=\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
            "while [ $# -gt 0 ]; do case \"$1\" in --cache) cache=\"$2\"; shift 2;; *) shift;; esac; done",
            body,
            "printf 'group\\tname\\tversion\\tkind\\tstate\\n' > \"$cache/index.tsv\"",
            "printf 'clean\\ttiny\\t1\\tnpm\\tready\\n' >> \"$cache/index.tsv\"",
            ""));
    return manifest;
  }

  private Run evaluate(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--cache", cache.toString(),
                "--apps", apps.toString(),
                "--manifest", dir.resolve("no-manifest/corpus.tsv").toString()));
    args.addAll(List.of(more));
    return command(args.toArray(String[]::new));
  }

  private static Run command(String... args) {
    List<String> all = new ArrayList<>(List.of("evaluate", "--real-world"));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ReviewPanelCommand.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {}
}
