package dev.reviewpanel.performance.java;

import static dev.reviewpanel.performance.FixtureRun.found;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.events.Finding;
import dev.reviewpanel.events.Severity;
import dev.reviewpanel.performance.FixtureRun;
import java.util.Map;
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
            "java.string-concat-in-loop@61",
            "java.string-concat-in-loop@95",
            "java.string-concat-in-loop@109",
            "java.string-concat-in-loop@143",
            "java.string-concat-in-loop@146",
            "java.string-concat-in-loop@151",
            "java.string-concat-in-loop@174",
            "java.string-concat-in-loop@184",
            "java.string-concat-in-loop@195");
  }

  @Test
  void shouldLowerAStringCutBackInTheLoopOrThrownRightAfterItButNotOneReturned() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/StringConcat.java", Language.JAVA);

    assertThat(byLine.get(174).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(174).message()).contains("line 172 resets or cuts it back");
    assertThat(byLine.get(184).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(184).message()).contains("exception thrown right after the loop");
    assertThat(byLine.get(195).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(143).severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shouldLowerAStringRebuiltFromConfigurationOnlyConstructorsAndSettersFill() {
    Map<Integer, Finding> byLine =
        FixtureRun.byLine(analyzer, "java/StringConcat.java", Language.JAVA);

    assertThat(byLine.get(95).severity()).isEqualTo(Severity.LOW);
    assertThat(byLine.get(95).message()).contains("walks 'pins', which only constructors and");
    assertThat(byLine.get(109).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(byLine.get(13).severity()).isEqualTo(Severity.MEDIUM);
  }
}
