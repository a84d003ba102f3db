package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonUnclosedResourceAnalyzerTests {

  private final PythonUnclosedResourceAnalyzer analyzer = new PythonUnclosedResourceAnalyzer();

  @Test
  void shouldReportLeakedHandlesAndNoClosedOrHandedOverLookAlike() {
    assertThat(FixtureRun.ruleLines(analyzer, "python/unclosed.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.unclosed-resource@11",
            "python.unclosed-resource@16",
            "python.unclosed-resource@20",
            "python.unclosed-resource@25",
            "python.unclosed-resource@29",
            "python.unclosed-resource@34");
  }
}
