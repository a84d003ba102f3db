package dev.reviewpanel.performance.javascript;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class ScriptModuleCacheAnalyzerTests {

  private final ScriptModuleCacheAnalyzer analyzer = new ScriptModuleCacheAnalyzer();

  @Test
  void shouldFlagModuleCachesThatOnlyGrowButNotRegistriesConstantKeysOrBoundedOnes() {
    assertThat(found(analyzer, "javascript/module_cache.js", Language.JAVASCRIPT))
        .containsExactly(
            "javascript.unbounded-static-cache@1",
            "javascript.unbounded-static-cache@3",
            "javascript.unbounded-static-cache@36",
            "javascript.unbounded-static-cache@49");
  }

  @Test
  void shouldRateAWarnOnceTableLowWithTheReason() {
    assertThat(analyze(analyzer, "javascript/module_cache.js", Language.JAVASCRIPT).toList())
        .extracting(f -> f.location().startLine() + ":" + f.severity())
        .containsExactly("1:MEDIUM", "3:MEDIUM", "36:LOW", "49:MEDIUM");
    assertThat(analyze(analyzer, "javascript/module_cache.js", Language.JAVASCRIPT).toList())
        .filteredOn(f -> f.location().startLine() == 36)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("warn-once table"));
  }
}
