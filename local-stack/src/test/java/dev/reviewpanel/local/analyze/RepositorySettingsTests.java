package dev.reviewpanel.local.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewpanel.events.Baseline;
import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .review-panel.yml and .review-panel-baseline.json at the analyzed root, offline. */
class RepositorySettingsTests {

  @TempDir Path root;

  @BeforeEach
  void sampleTree() throws IOException {
    SampleTrees.copy("analyze-sample", root);
  }

  @Test
  void shouldKeepFindingsOfRulesSwitchedOffAsSuppressedAndGateOnTheConfigsFailOn()
      throws IOException {
    Files.writeString(
        root.resolve(".review-panel.yml"),
        "rules:\n  python.command-injection: off\npaths:\n  exclude: [web/]\nfail-on: none\n");

    SampleTrees.Run run = SampleTrees.analyze(root, "src", "scripts", "web");

    ReviewReport report = EventJson.mapper().readValue(run.out(), ReviewReport.class);
    assertThat(run.exitCode()).as("fail-on: none").isZero();
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("python.command-injection"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo(Suppression.Kind.CONFIG));
    assertThat(report.findings()).noneMatch(f -> f.location().path().startsWith("web/"));
    assertThat(report.summary()).contains("of rules switched off (listed, not counted)");
    assertThat(SampleTrees.analyze(root, "src", "--fail-on", "low").exitCode())
        .as("--fail-on wins over the file")
        .isEqualTo(1);
  }

  @Test
  void shouldStopWithTheKeyAndLineOfAnInvalidConfig() throws IOException {
    Files.writeString(root.resolve(".review-panel.yml"), "rules:\n  java.weak-hash: maybe\n");

    assertThatThrownBy(() -> SampleTrees.analyze(root, "src"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".review-panel.yml is invalid: line 2: rules.java.weak-hash");
  }

  @Test
  void shouldWriteAStableBaselineAndCountOnlyNewFindingsAfterIt() throws IOException {
    assertThat(baseline().exitCode()).isZero();
    Path file = root.resolve(".review-panel-baseline.json");
    String written = Files.readString(file);
    baseline();
    Baseline accepted = EventJson.mapper().readValue(written, Baseline.class);

    assertThat(Files.readString(file)).as("same code, same file").isEqualTo(written);
    assertThat(accepted.findings()).isNotEmpty();
    assertThat(accepted.findings())
        .extracting(Baseline.Entry::path)
        .isSortedAccordingTo(String::compareTo);

    Files.copy(root.resolve("scripts/ping.py"), root.resolve("scripts/pong.py"));
    SampleTrees.Run later = SampleTrees.analyze(root, "src", "scripts", "web");

    ReviewReport report = EventJson.mapper().readValue(later.out(), ReviewReport.class);
    assertThat(report.findings())
        .filteredOn(f -> !f.location().path().equals("scripts/pong.py"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.suppression().kind()).isEqualTo(Suppression.Kind.BASELINE));
    assertThat(report.findings())
        .filteredOn(f -> f.location().path().equals("scripts/pong.py"))
        .isNotEmpty()
        .allMatch(f -> !f.suppressed());
    long counted = report.findings().stream().filter(f -> !f.suppressed()).count();
    assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo((int) counted);
    assertThat(report.summary())
        .contains(accepted.findings().size() + " baseline finding(s) not counted");
  }

  private SampleTrees.Run baseline() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        BaselineCommand.parse(new String[] {"src", "scripts", "web"}, root)
            .run(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Progress.silent());
    return new SampleTrees.Run(code, out.toString(StandardCharsets.UTF_8), "");
  }
}
