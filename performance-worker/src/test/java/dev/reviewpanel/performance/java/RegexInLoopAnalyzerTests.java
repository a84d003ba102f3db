package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
import java.util.Map;
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
            "java.regex-in-loop@22",
            "java.regex-in-loop@56",
            "java.regex-in-loop@67",
            "java.regex-in-loop@77");
  }

  @Test
  void shouldLowerAPatternOfTheLoopItemOrALoopOverVarargsInASingleLoop() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/RegexInLoop.java", Language.JAVA);

    assertThat(byLine.get(56).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(56).message()).contains("built from the loop's item 'word'");
    assertThat(byLine.get(67).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(67).message()).contains("varargs parameter 'types'");
    assertThat(byLine.get(77).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(14).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(22).severity()).isEqualTo(Severity.MEDIUM);
  }
}
