package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class MutableDefaultAnalyzerTests {

  private final MutableDefaultAnalyzer analyzer = new MutableDefaultAnalyzer();

  @Test
  void shouldReportEachBuggyCaseAndNoLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/mutable_defaults.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.mutable-default-argument@4",
            "python.mutable-default-argument@11",
            "python.mutable-default-argument@55",
            "python.mutable-default-argument@63",
            "python.mutable-default-argument@69",
            "python.mutable-default-argument@76",
            "python.mutable-default-argument@92",
            "python.mutable-default-argument@93",
            "python.mutable-default-argument@113");
  }

  @Test
  void shouldRateAPrivateMemoLowAndAPublicOneMedium() {
    assertThat(FixtureRun.severities(analyzer, "python/mutable_defaults.py", Language.PYTHON))
        .contains(
            "python.mutable-default-argument@63:LOW", "python.mutable-default-argument@69:MEDIUM");
  }

  @Test
  void shouldRateAPrivateGuardAndAnUnchangedStoredDefaultLow() {
    assertThat(FixtureRun.severities(analyzer, "python/mutable_defaults.py", Language.PYTHON))
        .filteredOn(line -> Integer.parseInt(line.replaceAll(".*@(\\d+):.*", "$1")) > 72)
        .containsExactlyInAnyOrder(
            "python.mutable-default-argument@76:LOW",
            "python.mutable-default-argument@92:LOW",
            "python.mutable-default-argument@93:MEDIUM",
            "python.mutable-default-argument@113:MEDIUM");
  }
}
