package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.NotAnalyzed;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.local.ReviewPanelCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTests {

  @TempDir Path root;

  @BeforeEach
  void sampleTree() throws IOException {
    SampleTrees.copy("analyze-sample", root);
    Files.writeString(root.resolve(".gitignore"), "generated/\n*.gen.js\n!keep.gen.js\n");
    Path dependency = Files.createDirectories(root.resolve("web/node_modules/lib"));
    Files.copy(root.resolve("web/calc.js"), dependency.resolve("index.js"));
  }

  @Test
  void shouldReportFindingsOfEveryLanguageAndSkipIgnoredFiles() {
    SampleTrees.Run run = SampleTrees.analyze(root, ".", "--format", "json");

    ReviewReport report = EventJson.mapper().readValue(run.out(), ReviewReport.class);
    Map<String, Set<String>> rulesByPath =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(
                    f -> f.location().path(),
                    Collectors.mapping(Finding::ruleId, Collectors.toSet())));
    assertThat(rulesByPath)
        .containsKeys("src/Accounts.java", "scripts/ping.py", "web/calc.js", "web/keep.gen.js")
        .doesNotContainKeys(
            "generated/GeneratedAccounts.java", "web/drop.gen.js", "web/node_modules/lib/index.js");
    assertThat(rulesByPath.get("src/Accounts.java")).contains("java.sql-injection");
    assertThat(rulesByPath.get("scripts/ping.py")).contains("python.command-injection");
    assertThat(rulesByPath.get("web/calc.js")).contains("javascript.code-injection");
    assertThat(rulesByPath).doesNotContainKey("web/safe.js");
    assertThat(report.summary()).contains("5 file(s)");
    assertThat(report.decision()).isEqualTo(ReviewReport.Decision.REJECT);
    assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.findings().size());
    assertThat(report.agents())
        .extracting(ReviewReport.AgentSummary::agent)
        .containsExactly("security", "bug", "performance");
  }

  @Test
  void shouldListEveryFileItDidNotAnalyzeWithItsReason() throws IOException {
    Files.writeString(root.resolve("web/app.min.js"), "var a=eval(location.hash);");
    Files.writeString(root.resolve("web/index.jsp"), "<%= request.getParameter(\"q\") %>");
    Files.writeString(root.resolve("web/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(root.resolve("scripts/broken.py"), "def ok():\n    pass\n\ndef broken(:\n");

    ReviewReport report =
        EventJson.mapper().readValue(SampleTrees.analyze(root, ".").out(), ReviewReport.class);

    assertThat(report.notAnalyzed())
        .extracting(NotAnalyzed::path, NotAnalyzed::reason, NotAnalyzed::agent)
        .contains(
            tuple("web/node_modules/", NotAnalyzed.Reason.VENDORED, null),
            tuple("web/app.min.js", NotAnalyzed.Reason.MINIFIED, null),
            tuple("web/logo.svg", NotAnalyzed.Reason.UNSUPPORTED_TYPE, null),
            tuple("scripts/broken.py", NotAnalyzed.Reason.PARSE_ERROR, null));
    assertThat(report.notAnalyzed())
        .filteredOn(n -> n.path().equals("scripts/broken.py"))
        .singleElement()
        .satisfies(n -> assertThat(n.line()).isEqualTo(4));
    assertThat(report.findings())
        .extracting(f -> f.location().path())
        .doesNotContain("web/app.min.js")
        .contains("web/index.jsp");
    assertThat(report.notAnalyzed()).extracting(NotAnalyzed::path).doesNotContain("web/index.jsp");
    assertThat(report.summary()).contains("Not analyzed (", "web/node_modules/");
  }

  @Test
  void shouldAnalyzeVendoredAndMinifiedCodeWhenAskedTo() throws IOException {
    Files.writeString(root.resolve("web/app.min.js"), "var a=eval(location.hash);");

    ReviewReport report =
        EventJson.mapper()
            .readValue(
                SampleTrees.analyze(root, ".", "--include-vendored").out(), ReviewReport.class);

    assertThat(report.findings())
        .extracting(f -> f.location().path())
        .contains("web/node_modules/lib/index.js", "web/app.min.js");
    assertThat(report.notAnalyzed())
        .extracting(NotAnalyzed::reason)
        .doesNotContain(NotAnalyzed.Reason.VENDORED, NotAnalyzed.Reason.MINIFIED);
  }

  @Test
  void shouldHonourIgnoreFilesOfSubdirectoriesOverTheRootOnes() throws IOException {
    Files.writeString(root.resolve("web/.reviewpanelignore"), "calc.js\n!drop.gen.js\n");

    ReviewReport report =
        EventJson.mapper().readValue(SampleTrees.analyze(root, ".").out(), ReviewReport.class);

    assertThat(report.findings())
        .extracting(f -> f.location().path())
        .contains("web/drop.gen.js", "web/keep.gen.js")
        .doesNotContain("web/calc.js");
  }

  @Test
  void shouldRankFindingsMostSevereFirst() {
    ReviewReport report =
        EventJson.mapper().readValue(SampleTrees.analyze(root, ".").out(), ReviewReport.class);

    assertThat(report.findings())
        .extracting(Finding::severity)
        .isSortedAccordingTo(Severity::compareTo);
  }

  @Test
  void shouldRunOnlyTheChosenAgents() {
    ReviewReport report =
        EventJson.mapper()
            .readValue(
                SampleTrees.analyze(root, "src", "scripts", "--agents", "bug").out(),
                ReviewReport.class);

    assertThat(report.findings()).allSatisfy(f -> assertThat(f.agent()).isEqualTo("bug"));
    assertThat(report.agents()).extracting(ReviewReport.AgentSummary::agent).containsExactly("bug");
  }

  @Test
  void shouldExitOneWhenAFindingReachesFailOnAndZeroOtherwise() {
    assertThat(SampleTrees.analyze(root, "web/calc.js", "--fail-on", "critical").exitCode())
        .isEqualTo(1);
    assertThat(SampleTrees.analyze(root, "web/safe.js", "--fail-on", "info").exitCode()).isZero();
    assertThat(SampleTrees.analyze(root, "web/calc.js").exitCode()).isZero();
  }

  @Test
  void shouldExitTwoOnUsageErrors() {
    assertThat(cli("analyze", "--format", "yaml", ".")).isEqualTo(2);
    assertThat(cli("analyze", "--fail-on", "severe", ".")).isEqualTo(2);
    assertThat(cli("analyze")).isEqualTo(2);
    assertThat(cli("analyze", "--agents", "style", ".")).isEqualTo(2);
    assertThat(cli("analyze", "--whole-file", ".")).isEqualTo(2);
    assertThat(cli("analyze", root.resolve("missing").toString())).isEqualTo(2);
  }

  @Test
  void shouldWriteTheReportToTheOutputFileAndASummaryToStandardError() throws IOException {
    SampleTrees.Run run =
        SampleTrees.analyze(root, "web", "--format=markdown", "--output", "out/report.md");

    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("report in out/report.md");
    String markdown = Files.readString(root.resolve("out/report.md"));
    assertThat(markdown)
        .startsWith("# Review local")
        .contains("### `web/calc.js`")
        .contains("· line 6 ·")
        .contains("## Panel");
  }

  private static int cli(String... args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return ReviewPanelCommand.run(args, sink, sink);
  }
}
