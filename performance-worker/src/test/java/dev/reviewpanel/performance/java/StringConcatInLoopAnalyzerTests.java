package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import org.junit.jupiter.api.Test;

class StringConcatInLoopAnalyzerTests {

  private final StringConcatInLoopAnalyzer analyzer = new StringConcatInLoopAnalyzer();

  @Test
  void shouldFlagStringsGrownAcrossIterationsButNotBuildersOrPerIterationLocals() {
    assertThat(found(analyzer, "java/StringConcat.java", Language.JAVA))
        .containsExactly(
            "java.string-concat-in-loop@13",
            "java.string-concat-in-loop@17",
            "java.string-concat-in-loop@19",
            "java.string-concat-in-loop@58",
            "java.string-concat-in-loop@61");
  }
}
