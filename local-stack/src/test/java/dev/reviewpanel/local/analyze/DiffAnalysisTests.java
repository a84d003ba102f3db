package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.ReviewReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real git diff: a renamed Python file with an added command injection, a Java file with a new
 * SQL injection below an old one, and a deleted JavaScript file with an eval.
 */
class DiffAnalysisTests {

  @TempDir Path root;

  @BeforeEach
  void checkout() throws IOException {
    SampleTrees.copy("analyze-diff", root);
    Files.copy(SampleTrees.resource("analyze-diff.diff"), root.resolve("change.diff"));
  }

  @Test
  void shouldReportOnlyAddedLinesOfTheFilesTheDiffTouches() {
    List<String> spots =
        spots(SampleTrees.analyze(root, "--diff", "change.diff", "--agents", "security"));

    assertThat(spots)
        .containsExactlyInAnyOrder(
            "src/Accounts.java:27 java.sql-injection",
            "scripts/ping_host.py:11 python.command-injection");
  }

  @Test
  void shouldKeepWholeFilesOfTheDiffWhenAsked() {
    List<String> spots =
        spots(
            SampleTrees.analyze(
                root, "--diff", "change.diff", "--whole-file", "--agents", "security"));

    assertThat(spots)
        .contains(
            "src/Accounts.java:20 java.sql-injection", "src/Accounts.java:27 java.sql-injection")
        .noneMatch(spot -> spot.startsWith("web/"));
  }

  @Test
  void shouldLimitTheDiffToTheGivenPaths() {
    List<String> spots =
        spots(
            SampleTrees.analyze(root, "scripts", "--diff", "change.diff", "--agents", "security"));

    assertThat(spots).containsExactly("scripts/ping_host.py:11 python.command-injection");
  }

  @Test
  void shouldAnalyzeTheDiffsOwnLinesWhenTheFileIsNotCheckedOut() throws IOException {
    Files.delete(root.resolve("scripts/ping_host.py"));

    List<String> spots =
        spots(
            SampleTrees.analyze(root, "scripts", "--diff", "change.diff", "--agents", "security"));

    assertThat(spots).containsExactly("scripts/ping_host.py:11 python.command-injection");
  }

  @Test
  void shouldRejectAnUnreadableDiffAsAUsageError() throws IOException {
    Files.writeString(root.resolve("bad.diff"), "@@ -1 +1 @@\n+x\n");

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> SampleTrees.analyze(root, "--diff", "bad.diff"))
        .withMessageContaining("cannot read the diff");
  }

  private static List<String> spots(SampleTrees.Run run) {
    ReviewReport report = EventJson.mapper().readValue(run.out(), ReviewReport.class);
    return report.findings().stream().map(DiffAnalysisTests::spot).toList();
  }

  private static String spot(Finding finding) {
    return finding.location().path()
        + ":"
        + finding.location().startLine()
        + " "
        + finding.ruleId();
  }
}
