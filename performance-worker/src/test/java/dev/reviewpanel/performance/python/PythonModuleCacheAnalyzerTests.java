package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.analyze;
import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import dev.reviewpanel.events.Confidence;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
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
            "python.unbounded-static-cache@115",
            "python.unbounded-static-cache@126",
            "python.unbounded-static-cache@165",
            "python.unbounded-static-cache@178",
            "python.unbounded-static-cache@179",
            "python.unbounded-static-cache@201");
  }

  @Test
  void shouldRateCachesKeyedByTheProgramsOwnNamesLow() {
    assertThat(analyze(analyzer, "python/module_cache.py", Language.PYTHON).toList())
        .extracting(f -> f.location().startLine() + ":" + f.severity())
        .containsExactly(
            "3:MEDIUM",
            "6:MEDIUM",
            "60:LOW",
            "89:MEDIUM",
            "104:LOW",
            "115:MEDIUM",
            "126:LOW",
            "165:MEDIUM",
            "178:LOW",
            "179:MEDIUM",
            "201:LOW");
  }

  @Test
  void shouldSayWhyAWarnOnceTableIsLow() {
    assertThat(analyze(analyzer, "python/module_cache.py", Language.PYTHON).toList())
        .filteredOn(f -> f.location().startLine() == 104)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("warn-once table"));
  }

  @Test
  void shouldWeighTheKeysBeforeReporting() {
    // a literal table picked from first: not reported; patterns the calls write, exception
    // classes, a configured transport: LOW; a key from the caller beside them: MEDIUM
    assertThat(analyze(analyzer, "python/module_cache.py", Language.PYTHON).toList())
        .filteredOn(f -> f.location().startLine() == 126 || f.location().startLine() == 178)
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("patterns written at its calls"))
        .anySatisfy(m -> assertThat(m).contains("keyed by classes"));
  }

  @Test
  void shouldRateACacheInTestCodeLow() {
    String source =
        FixtureRun.parse("python/tests/benchmark.py", Language.PYTHON).source().content();
    assertThat(analyze(analyzer, "python/tests/benchmark.py", Language.PYTHON).toList())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW))
        .satisfies(f -> assertThat(f.message()).contains("test code"));
    ParsedFile shipped = ParsedFile.of("python/benchmark.py", Language.PYTHON, source);
    Findings findings = new Findings("performance", shipped);
    analyzer.analyze(shipped, findings);
    assertThat(findings.toList())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
  }
}
