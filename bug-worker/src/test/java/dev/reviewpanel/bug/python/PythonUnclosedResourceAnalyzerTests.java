package dev.reviewpanel.bug.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.bug.FixtureRun;
import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonUnclosedResourceAnalyzerTests {

  private final PythonUnclosedResourceAnalyzer analyzer = new PythonUnclosedResourceAnalyzer();

  @Test
  void shouldReportLeakedHandlesAndNoClosedOrHandedOverLookAlike() {
    assertThat(FixtureRun.severities(analyzer, "python/unclosed.py", Language.PYTHON))
        .containsExactlyInAnyOrder(
            "python.unclosed-resource@11:MEDIUM",
            "python.unclosed-resource@16:LOW",
            "python.unclosed-resource@20:MEDIUM",
            "python.unclosed-resource@25:LOW",
            "python.unclosed-resource@29:MEDIUM",
            "python.unclosed-resource@34:MEDIUM",
            "python.unclosed-resource@84:MEDIUM",
            "python.unclosed-resource@88:LOW",
            "python.unclosed-resource@92:LOW",
            "python.unclosed-resource@93:LOW",
            "python.unclosed-resource@96:MEDIUM",
            "python.unclosed-resource@104:MEDIUM");
  }
}
