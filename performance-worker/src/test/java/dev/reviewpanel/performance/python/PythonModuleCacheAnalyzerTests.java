package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonModuleCacheAnalyzerTests {

  private final PythonModuleCacheAnalyzer analyzer = new PythonModuleCacheAnalyzer();

  @Test
  void shouldFlagModuleCachesThatOnlyGrowButNotRegistriesConstantKeysOrBoundedOnes() {
    assertThat(found(analyzer, "python/module_cache.py", Language.PYTHON))
        .containsExactly("python.unbounded-static-cache@3", "python.unbounded-static-cache@6");
  }
}
