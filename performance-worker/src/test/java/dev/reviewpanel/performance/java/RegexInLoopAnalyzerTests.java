package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class RegexInLoopAnalyzerTests {

  private final RegexInLoopAnalyzer analyzer = new RegexInLoopAnalyzer();

  @Test
  void shouldFlagRegexCompiledPerIterationButNotPrecompiledPatternsOrSplitFastPath() {
    assertThat(found(analyzer, "java/RegexInLoop.java", Language.JAVA))
        .containsExactly(
            "java.regex-in-loop@14",
            "java.regex-in-loop@17",
            "java.regex-in-loop@20",
            "java.regex-in-loop@21",
            "java.regex-in-loop@22");
  }
}
