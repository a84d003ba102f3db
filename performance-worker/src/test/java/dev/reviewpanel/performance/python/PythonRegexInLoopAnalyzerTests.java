package dev.reviewpanel.performance.python;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class PythonRegexInLoopAnalyzerTests {

  private final PythonRegexInLoopAnalyzer analyzer = new PythonRegexInLoopAnalyzer();

  @Test
  void shouldFlagRegexCallsInLoopsButNotModuleLevelPatterns() {
    assertThat(found(analyzer, "python/regex_in_loop.py", Language.PYTHON))
        .containsExactly(
            "python.regex-in-loop@10", "python.regex-in-loop@12", "python.regex-in-loop@14");
  }
}
