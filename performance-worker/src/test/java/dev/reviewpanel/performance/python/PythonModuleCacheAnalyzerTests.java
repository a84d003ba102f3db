package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonModuleCacheAnalyzerTests {

  private final PythonModuleCacheAnalyzer analyzer = new PythonModuleCacheAnalyzer();

  @Test
  void shouldFlagModuleCachesThatOnlyGrowButNotRegistriesConstantKeysOrBoundedOnes() {
    assertThat(found(analyzer, "python/module_cache.py", Language.PYTHON))
        .containsExactly(
            "python.unbounded-static-cache@3",
            "python.unbounded-static-cache@6",
            "python.unbounded-static-cache@60",
            "python.unbounded-static-cache@89",
            "python.unbounded-static-cache@104",
            "python.unbounded-static-cache@115");
  }

  @Test
  void shouldRateCachesKeyedByTheProgramsOwnNamesLow() {
    assertThat(analyze(analyzer, "python/module_cache.py", Language.PYTHON).toList())
        .extracting(f -> f.location().startLine() + ":" + f.severity())
        .containsExactly("3:MEDIUM", "6:MEDIUM", "60:LOW", "89:MEDIUM", "104:LOW", "115:MEDIUM");
  }

  @Test
  void shouldSayWhyAWarnOnceTableIsLow() {
    assertThat(analyze(analyzer, "python/module_cache.py", Language.PYTHON).toList())
        .filteredOn(f -> f.location().startLine() == 104)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("warn-once table"));
  }
}
