package dev.reviewpanel.performance.javascript;

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
            "javascript.unbounded-static-cache@1", "javascript.unbounded-static-cache@3");
  }
}
